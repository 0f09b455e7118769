package vn.lienthong.benchmarks.report;

import static vn.lienthong.benchmarks.report.Format.num;
import static vn.lienthong.benchmarks.report.Format.ratio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lienthong.benchmarks.RunSettings;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.host.HostSpeed;
import vn.lienthong.benchmarks.limit.CountedOperation;
import vn.lienthong.benchmarks.limit.CryptoLimit;
import vn.lienthong.benchmarks.scenario.BusScenario;
import vn.lienthong.benchmarks.scenario.DirectScenario;

/**
 * Writes results.md: the machine and its host's speed, the method, the summary with the ratios, a table per
 * scenario, where the CPU went, L, and what half of L leaves for the security servers.
 */
public final class ResultsMarkdown {

    private static final int REFERENCE_CONCURRENCY = 16;

    private final RunSettings settings;
    private final Machine machine;
    private final List<HostSpeed> host;
    private final List<ScenarioResult> scenarios;
    private final CryptoLimit limit;
    private final List<String> failures;
    private final List<String> federationSettings;
    private final StringBuilder md = new StringBuilder();

    public ResultsMarkdown(RunSettings settings, Machine machine, List<HostSpeed> host, List<ScenarioResult> scenarios,
            CryptoLimit limit, List<String> failures, List<String> federationSettings) {
        this.settings = settings;
        this.machine = machine;
        this.host = List.copyOf(host);
        this.scenarios = scenarios;
        this.limit = limit;
        this.failures = List.copyOf(failures);
        this.federationSettings = List.copyOf(federationSettings);
    }

    public void write(Path file, Instant started, Duration took) throws IOException {
        md.append("# LienThong benchmark results\n\n");
        if (settings.quick()) {
            md.append("> **Quick run (`benchmarks/run --quick`): a smoke check that the harness works end to end."
                    + " Not representative** — seconds of warm-up where the JIT needs minutes, a busy machine."
                    + " Run `benchmarks/run` on a quiet machine for figures to quote.\n\n");
        }
        md.append("Run started ").append(started).append(", took ").append(minutes(took)).append(". Method and how to"
                + " read this: [benchmarks/README.md](../README.md). Raw data: `raw/points.csv`, `raw/crypto-count.csv`,"
                + " `raw/jmh-pass-*.json`.\n\n");
        if (!failures.isEmpty()) {
            md.append("## Failures\n\n");
            failures.forEach(f -> md.append("- `").append(f.replace('`', '\'').replace('\n', ' ')).append("`\n"));
            md.append('\n');
        }
        machine();
        hostSpeed();
        method();
        summary();
        for (ScenarioResult s : scenarios) {
            scenario(s);
        }
        md.append(ProfileSection.of(scenarios));
        if (limit != null) {
            limit();
        }
        md.append(HalfLimitBudget.of(scenarios, limit, BusScenario.SECURITY_SERVERS, DirectScenario.PROVIDER));
        md.append("## Charts\n\n![throughput](").append(Charts.THROUGHPUT).append(")\n\n![latency](")
                .append(Charts.LATENCY).append(")\n");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private void machine() {
        md.append("## Machine\n\n| | |\n|---|---|\n")
                .append("| cores | ").append(machine.cores()).append(" |\n")
                .append("| memory | ").append(machine.memoryMegabytes()).append(" MB |\n")
                .append("| CPU | ").append(machine.cpuModel()).append(" |\n")
                .append("| OS | ").append(machine.os()).append(" |\n")
                .append("| JVM | ").append(machine.jvm()).append(" |\n")
                .append("| driver JVM flags | `").append(String.join(" ", machine.driverFlags())).append("` |\n")
                .append("| server JVM flags (provider, SS-MPS, SS-VPCP, CA, confauth) | `").append(String.join(" ", machine.serverFlags()))
                .append("` |\n\n");
    }

    private void hostSpeed() {
        if (host.isEmpty()) {
            return;
        }
        md.append("## Host speed during the run\n\n")
                .append("The same fixed work between the scenarios: SHA-256 over 4 KB blocks for 2 s, on one thread and")
                .append(" on every core at once, 2 s of random reads through 64 MB (one cache miss each), and 2 s of")
                .append(" RSA-2048 signatures on one thread, the operation that dominates L. CPU time in")
                .append(" a virtual machine includes what its host takes away, and the caches and memory are shared with")
                .append(" the host's other guests; so compare CPU per round trip across runs only where these readings")
                .append(" agree. Effective cores well under ").append(machine.cores())
                .append(", or slower memory reads, mean the host was busy.\n\n")
                .append("| when | at | SHA-256, one thread MB/s | SHA-256, all cores MB/s | effective cores |")
                .append(" memory read ns | RSA-2048 signature µs |\n|---|---|---|---|---|---|---|\n");
        for (HostSpeed h : host) {
            md.append("| ").append(h.when()).append(" | ").append(h.at().truncatedTo(ChronoUnit.SECONDS)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", h.oneThreadMegabytesPerSecond())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", h.allCoresMegabytesPerSecond())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", h.effectiveCores())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", h.memoryReadNanos())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", h.rsaSignMicros())).append(" |\n");
        }
        md.append('\n');
    }

    private void method() {
        md.append("## Method\n\n")
                .append("Closed loop, no think time. Per scenario: warm-up ").append(seconds(settings.warmup()))
                .append(" at concurrency ").append(settings.warmupUsers()).append(" (not measured), then at one user in")
                .append(" 30 s steps (up to ").append(seconds(settings.warmupMax())).append(" in all) until the JIT compiler")
                .append(" threads of the JVMs take at most ").append(percent(settings.warmupJitLimit())).append(" of their CPU;")
                .append(" then for each")
                .append(" concurrency ").append(settings.concurrency()).append(": ").append(seconds(settings.settle()))
                .append(" unmeasured, then ").append(seconds(settings.window())).append(" measured. CPU per round trip")
                .append(" = CPU time of the driver and all server JVMs during the measured window / round trips.")
                .append(" L: JMH, ").append(settings.jmh().describe()).append(".\n\n");
        for (ScenarioResult s : scenarios) {
            md.append("- **").append(s.id()).append("** ").append(s.title()).append(": ").append(s.path()).append('\n');
        }
        if (limit != null) {
            md.append("- **L** crypto limit: every cryptographic operation of one C round trip, counted below, timed")
                    .append(" with JMH on one thread, summed, times ").append(limit.cores()).append(" cores\n");
        }
        md.append("\nC runs the security servers exactly as their configuration folders say (`lienthong server")
                .append(" --config`); whatever they do per message is in C. The folders used are copied to")
                .append(" `raw/servers/`. The federation runs on the product's intervals, X-Road's defaults, not the demo's")
                .append(" shorter ones (`ProductionIntervals`); its intervals and the servers' message log, time-stamping")
                .append(" and OCSP settings in this run: ")
                .append("`").append(String.join("`, `", federationSettings)).append("`.\n\n");
    }

    private void summary() {
        md.append("## Summary\n\n| concurrency |");
        for (ScenarioResult s : scenarios) {
            md.append(' ').append(s.id()).append(" round trips/s |");
        }
        md.append(" C/B | C/L |\n|---|");
        md.append("---|".repeat(scenarios.size() + 2)).append('\n');
        for (int c : settings.concurrency()) {
            md.append("| ").append(c).append(" |");
            for (ScenarioResult s : scenarios) {
                md.append(' ').append(throughput(s.at(c))).append(" |");
            }
            md.append(' ').append(ratio(rate("C", c), rate("B", c))).append(" | ")
                    .append(limit == null ? "n/a" : ratio(rate("C", c), limit.roundTripsPerSecond())).append(" |\n");
        }
        md.append('\n');
        if (limit != null) {
            md.append("L, the crypto limit: **").append(num(limit.roundTripsPerSecond(), 0)).append(" round trips/s** (")
                    .append(num(limit.microsPerRoundTrip() / 1000, 2)).append(" ms of crypto per round trip, ")
                    .append(limit.cores()).append(" cores).\n\n");
        }
        md.append("| target (issue 6) | this run |\n|---|---|\n")
                .append("| C/B at least 0.8 at concurrency 16, aim above 1.0 | ")
                .append(ratio(rate("C", REFERENCE_CONCURRENCY), rate("B", REFERENCE_CONCURRENCY))).append(" |\n")
                .append("| C reaches at least half of L, aim for 70% (best concurrency) | ")
                .append(limit == null ? "n/a" : ratio(bestRate("C"), limit.roundTripsPerSecond())).append(" |\n")
                .append("| p50 latency added by C over B at concurrency 1: at most 5 ms | ")
                .append(addedLatency()).append(" |\n")
                .append("| each security server within a 512 MB heap | ran with `").append(heapFlag())
                .append("`; C errors: ").append(errors("C")).append(" |\n\n");
    }

    private void scenario(ScenarioResult s) {
        md.append("## ").append(s.id()).append(": ").append(s.title()).append("\n\n").append(s.path()).append("\n\n")
                .append("Warm-up: ").append(seconds(s.warmedUp())).append(" (").append(seconds(settings.warmup()))
                .append(" at concurrency ").append(settings.warmupUsers()).append(", the rest at 1); in its last 30 s the")
                .append(" JIT compilers took ").append(percent(s.jitShareAtWarmupEnd())).append(" of the CPU.\n\n")
                .append("| concurrency | round trips/s | p50 ms | p99 ms | max ms | round trips | errors | CPU ms / round trip |"
                        + " JIT compilers' share |");
        for (String process : processes(s)) {
            md.append(" of which ").append(process).append(" |");
        }
        md.append("\n|---|---|---|---|---|---|---|---|---|").append("---|".repeat(processes(s).size())).append('\n');
        for (PointMeasurement p : s.points()) {
            md.append("| ").append(p.concurrency()).append(" | ").append(num(p.throughputPerSecond(), 1)).append(" | ")
                    .append(num(p.latencyMillis(50), 2)).append(" | ").append(num(p.latencyMillis(99), 2)).append(" | ")
                    .append(num(p.latencyMillis(100), 1)).append(" | ").append(p.roundTrips()).append(" | ")
                    .append(p.errors()).append(" | ").append(num(p.cpuMillisPerRoundTrip(), 2)).append(" | ")
                    .append(percent(p.jitShare())).append(" |");
            for (String process : processes(s)) {
                md.append(' ').append(num(p.cpuMillisPerRoundTrip(process), 2)).append(" |");
            }
            md.append('\n');
        }
        s.points().stream().filter(p -> p.firstError() != null).findFirst().ifPresent(p ->
                md.append("\nFirst error (concurrency ").append(p.concurrency()).append("): `")
                        .append(p.firstError().replace('`', '\'').replace('\n', ' ')).append("`\n"));
        md.append('\n');
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private void limit() {
        md.append("## L: the crypto of one C round trip\n\n")
                .append("Sizes are those of the benchmark's own messages, protected with the bus's MessageProtector and")
                .append(" the members' keys; JMH times each sized primitive at the next power of two of the input size")
                .append(" (never less than the real input). TLS handshakes are not counted (connections are kept).\n\n")
                .append("| # | step | operation | count | input bytes | µs |\n|---|---|---|---|---|---|\n");
        int i = 1;
        for (CountedOperation op : limit.operations()) {
            md.append("| ").append(i++).append(" | ").append(op.step()).append(" | ").append(op.primitive().label())
                    .append(" | ").append(op.count()).append(" | ")
                    .append(op.primitive().sized() || op.inputBytes().stream().anyMatch(b -> b > 0)
                            ? op.inputBytes().toString().replaceAll("[\\[\\]]", "") : "")
                    .append(" | ").append(num(limit.micros(op), 1)).append(" |\n");
        }
        md.append("| | **total** | | **").append(limit.operationCount()).append("** | | **")
                .append(num(limit.microsPerRoundTrip(), 1)).append("** |\n\n")
                .append("Per primitive (JMH average, µs per operation; L counts each primitive's fastest fork, and the")
                .append(" forks' spread shows how much the host's speed moved while JMH ran):\n\n")
                .append("| operation | input bytes | µs (fastest fork) | each fork | slowest / fastest |\n|---|---|---|---|---|\n");
        limit.microsPerFork().forEach((primitive, bySize) -> bySize.forEach((size, forks) -> {
            double fastest = limit.micros(primitive, size);
            double slowest = forks.stream().mapToDouble(Double::doubleValue).max().orElse(fastest);
            md.append("| ").append(primitive.label()).append(" | ").append(size == 0 ? "" : size).append(" | ")
                    .append(num(fastest, 2)).append(" | ")
                    .append(String.join(", ", forks.stream().map(us -> num(us, 2)).toList())).append(" | ")
                    .append(num(slowest / fastest, 2)).append(" |\n");
        }));
        md.append('\n');
    }

    private List<String> processes(ScenarioResult s) {
        return s.points().isEmpty() ? List.of() : List.copyOf(s.points().get(0).cpuNanos().keySet());
    }

    private Optional<ScenarioResult> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private double rate(String id, int concurrency) {
        return find(id).map(s -> s.at(concurrency)).map(PointMeasurement::throughputPerSecond).orElse(Double.NaN);
    }

    private double bestRate(String id) {
        return find(id).flatMap(s -> s.points().stream().map(PointMeasurement::throughputPerSecond)
                .max(Double::compare)).orElse(Double.NaN);
    }

    private String addedLatency() {
        Optional<PointMeasurement> b = find("B").map(s -> s.at(1));
        Optional<PointMeasurement> c = find("C").map(s -> s.at(1));
        if (b.isEmpty() || c.isEmpty() || b.get() == null || c.get() == null) {
            return "n/a";
        }
        return num(c.get().latencyMillis(50) - b.get().latencyMillis(50), 2) + " ms (C p50 "
                + num(c.get().latencyMillis(50), 2) + " ms, B p50 " + num(b.get().latencyMillis(50), 2) + " ms)";
    }

    private String errors(String id) {
        return find(id).map(s -> Long.toString(s.points().stream().mapToLong(PointMeasurement::errors).sum()))
                .orElse("n/a");
    }

    private String heapFlag() {
        return machine.serverFlags().stream().filter(f -> f.startsWith("-Xmx")).findFirst().orElse("default heap");
    }

    private static String throughput(PointMeasurement p) {
        return p == null ? "n/a" : num(p.throughputPerSecond(), 1);
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
