package vn.lienthong.benchmarks.report;

import static vn.lienthong.benchmarks.report.Format.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.profile.CostCategory;
import vn.lienthong.benchmarks.profile.CpuProfile;
import vn.lienthong.benchmarks.profile.ScenarioProfile;

/**
 * The results' "where the CPU went" section: for each profiled scenario, each server JVM's CPU per round trip split
 * by {@link CostCategory}, in milliseconds (the JVM's measured CPU per round trip at the profiled concurrency times
 * the category's share of its samples), so that scenarios compare in one unit.
 */
final class ProfileSection {

    /** Categories below this share in every JVM are folded into the last row. */
    private static final double SHOWN = 0.005;

    private ProfileSection() {
    }

    static String of(List<ScenarioResult> scenarios) {
        StringBuilder md = new StringBuilder();
        for (ScenarioResult s : scenarios) {
            s.cpuProfile().ifPresent(profile -> scenario(md, s, profile));
        }
        if (md.isEmpty()) {
            return "";
        }
        return "## Where the CPU went (async-profiler)\n\n"
                + "`--profile`: async-profiler sampled the CPU time of the driver and of every server JVM (`itimer`,"
                + " every 5 ms of CPU) over the measured window, native frames included. Each sampled stack is charged"
                + " to the first work category, in the order of the rows down to TLS and sockets, that one of its frames"
                + " belongs to; failing that, to the framework (HTTP, Camel, CXF, LienThong) of its innermost frame that"
                + " belongs to one (the patterns are in `CostCategory`). Milliseconds are the JVM's measured CPU per"
                + " round trip times the category's share of its samples. The collapsed stacks (tens of MB, not kept with"
                + " the results) are in the work folder's `logs/profiles/`, for any collapsed-stack or flame-graph"
                + " viewer.\n\n" + md;
    }

    private static void scenario(StringBuilder md, ScenarioResult s, ScenarioProfile profile) {
        PointMeasurement point = s.at(profile.concurrency());
        md.append("### ").append(s.id()).append(" at concurrency ").append(profile.concurrency()).append("\n\n");
        if (!profile.problems().isEmpty()) {
            profile.problems().forEach(p -> md.append("- not profiled: `").append(p.replace('`', '\'')).append("`\n"));
            md.append('\n');
        }
        Map<String, CpuProfile> jvms = profile.byJvm();
        if (jvms.isEmpty() || point == null) {
            return;
        }
        md.append("| ms of CPU per round trip |");
        jvms.keySet().forEach(jvm -> md.append(' ').append(jvm).append(" |"));
        md.append(" all |\n|---|").append("---|".repeat(jvms.size() + 1)).append('\n');
        List<CostCategory> folded = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            if (jvms.values().stream().allMatch(p -> p.share(category) < SHOWN)) {
                folded.add(category);
                continue;
            }
            row(md, category.label(), jvms, point, List.of(category));
        }
        if (!folded.isEmpty()) {
            row(md, "each below " + num(100 * SHOWN, 1) + " % everywhere", jvms, point, folded);
        }
        md.append("| **profiled CPU** |");
        double all = 0;
        for (String jvm : jvms.keySet()) {
            double ms = point.cpuMillisPerRoundTrip(jvm);
            all += ms;
            md.append(" **").append(num(ms, 3)).append("** |");
        }
        md.append(" **").append(num(all, 3)).append("** |\n\n")
                .append("Samples per JVM: ");
        List<String> counts = new ArrayList<>();
        jvms.forEach((jvm, p) -> counts.add(jvm + " " + String.format(Locale.ROOT, "%,d", p.total())));
        md.append(String.join(", ", counts)).append(".\n\n");
    }

    private static void row(StringBuilder md, String label, Map<String, CpuProfile> jvms, PointMeasurement point,
                            List<CostCategory> categories) {
        md.append("| ").append(label).append(" |");
        double all = 0;
        for (Map.Entry<String, CpuProfile> jvm : jvms.entrySet()) {
            double share = categories.stream().mapToDouble(c -> jvm.getValue().share(c)).sum();
            double ms = share * point.cpuMillisPerRoundTrip(jvm.getKey());
            all += ms;
            md.append(' ').append(num(ms, 3)).append(" (").append(num(100 * share, 1)).append(" %) |");
        }
        md.append(' ').append(num(all, 3)).append(" |\n");
    }
}
