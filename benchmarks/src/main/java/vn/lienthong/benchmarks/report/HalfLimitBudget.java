package vn.lienthong.benchmarks.report;

import static vn.lienthong.benchmarks.report.Format.num;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.limit.CryptoLimit;
import vn.lienthong.benchmarks.limit.Primitive;
import vn.lienthong.benchmarks.profile.CostCategory;
import vn.lienthong.benchmarks.profile.ScenarioProfile;

/**
 * The results' "what C/L = 0.5 leaves for the security servers" section. With all cores busy, C reaches half of L
 * when its CPU per round trip is at most twice L's crypto per round trip. From that budget this takes what C's other
 * JVMs (driver, provider, CA, configuration authority) spent in the run and the crypto itself, and shows what is left
 * for everything else the two security servers do, against what they spent on it; per message, against what the
 * plain provider of scenario A spends on one message with no security at all.
 *
 * <p>With a profile of C, it also sets what RSA cost C's security servers under load beside what L counts for the
 * same operations: the check that C and L ran on a host of the same speed.
 */
final class HalfLimitBudget {

    /** Each security server reads two messages and writes two per round trip. */
    static final int MESSAGES_PER_SERVER = 4;
    /** A's provider reads the request and writes the answer. */
    static final int MESSAGES_PER_PROVIDER = 2;

    private HalfLimitBudget() {
    }

    /**
     * @param securityServers the names of C's security server JVMs, as in its CPU columns
     * @param provider        the name of the provider JVM in A's CPU columns
     * @return the section, or "" when the run has no C or no L
     */
    static String of(List<ScenarioResult> scenarios, CryptoLimit limit, List<String> securityServers, String provider) {
        Optional<ScenarioResult> c = scenarios.stream().filter(s -> s.id().equals("C")).findFirst();
        if (limit == null || c.isEmpty() || c.get().points().isEmpty()) {
            return "";
        }
        PointMeasurement best = c.get().points().stream()
                .max(Comparator.comparingDouble(PointMeasurement::throughputPerSecond)).orElseThrow();
        double crypto = limit.microsPerRoundTrip() / 1000;
        double allowed = 2 * crypto;
        double servers = securityServers.stream().mapToDouble(best::cpuMillisPerRoundTrip).sum();
        double others = best.cpuMillisPerRoundTrip() - servers;
        double left = allowed - others - crypto;
        double spent = servers - crypto;
        int messages = MESSAGES_PER_SERVER * securityServers.size();

        StringBuilder md = new StringBuilder("## What C/L = 0.5 leaves for the security servers\n\n")
                .append("C reaches half of L when, with all ").append(limit.cores()).append(" cores busy, its CPU per")
                .append(" round trip is at most twice L's crypto per round trip. L's crypto is all done in the security")
                .append(" servers; the other JVMs' share is what they spent in C at concurrency ").append(best.concurrency())
                .append(", C's fastest point. Each security server reads ").append(MESSAGES_PER_SERVER / 2)
                .append(" messages and writes ").append(MESSAGES_PER_SERVER / 2).append(" per round trip.\n\n")
                .append("| ms of CPU per round trip | at C/L = 0.5 | this run |\n|---|---|---|\n")
                .append(row("all of C's JVMs", allowed, best.cpuMillisPerRoundTrip()))
                .append(row("driver, provider, CA and configuration authority", others, others))
                .append(row("L's crypto (JMH, one thread)", crypto, crypto))
                .append(row("everything else the security servers do (their CPU minus L's crypto)", left, spent))
                .append(row("the same, per message a security server reads or writes (" + messages + ")",
                        left / messages, spent / messages));
        scenarios.stream().filter(s -> s.id().equals("A")).findFirst().map(a -> a.at(best.concurrency()))
                .filter(p -> p.cpuNanos().containsKey(provider))
                .ifPresent(p -> md.append("| for comparison: A's provider, no security, per message it reads or writes"
                                + " (its answer building included) | | ").append(num(p.cpuMillisPerRoundTrip(provider)
                                / MESSAGES_PER_PROVIDER, 3)).append(" |\n"));
        md.append('\n');
        if (left <= 0) {
            md.append("Nothing is left: with this run's other JVMs, C could not reach half of L even if its security")
                    .append(" servers did nothing but the crypto.\n\n");
        } else if (spent > left) {
            md.append("Half of L needs the security servers' work around the crypto ").append(num(100 * (1 - left / spent), 0))
                    .append(" % smaller than in this run.\n\n");
        }
        c.get().cpuProfile().ifPresent(profile -> md.append(rsaUnderLoad(c.get(), profile, limit, securityServers)));
        return md.toString();
    }

    /** RSA in C's security servers as profiled, against L's RSA operations; "" when the profiled point is missing. */
    private static String rsaUnderLoad(ScenarioResult c, ScenarioProfile profile, CryptoLimit limit,
                                       List<String> securityServers) {
        PointMeasurement point = c.at(profile.concurrency());
        if (point == null || !securityServers.stream().allMatch(profile.byJvm()::containsKey)) {
            return "";
        }
        double profiled = securityServers.stream().mapToDouble(server ->
                profile.byJvm().get(server).share(CostCategory.RSA) * point.cpuMillisPerRoundTrip(server)).sum();
        double counted = limit.operations().stream().filter(op -> isRsa(op.primitive()))
                .mapToDouble(limit::micros).sum() / 1000;
        return "RSA under load: at concurrency " + profile.concurrency() + " (profiled) C's security servers spent "
                + num(profiled, 3) + " ms of CPU per round trip in RSA, where L counts " + num(counted, 3)
                + " ms for the same operations (x " + num(profiled / counted, 2) + "). Well above 1, RSA cost more in C"
                + " than on JMH's idle core: the load, or a host slower during C than during L (the host speed table"
                + " tells which); below 1, C ran on a faster host than L, and C/L is flattered.\n\n";
    }

    private static boolean isRsa(Primitive primitive) {
        return switch (primitive) {
            case RSA_PSS_SIGN, RSA_PSS_VERIFY, RSA_OAEP_WRAP, RSA_OAEP_UNWRAP -> true;
            default -> false;
        };
    }

    private static String row(String label, double budget, double measured) {
        return "| " + label + " | " + num(budget, 3) + " | " + num(measured, 3) + " |\n";
    }
}
