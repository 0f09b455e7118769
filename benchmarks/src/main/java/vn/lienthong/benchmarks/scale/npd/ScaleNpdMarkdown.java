package vn.lienthong.benchmarks.scale.npd;

import static vn.lienthong.benchmarks.report.Format.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.report.Machine;

/** {@code scale-npd.md}: per size, the load and each query's round trips per second, p50 and p99. */
final class ScaleNpdMarkdown {

    /** What the run was: where, on what, with which settings and command. */
    record Run(Instant started, String commandLine, String database, int concurrency, long firstWarmupSeconds,
            long warmupSeconds, long windowSeconds, Machine machine) {
    }

    private ScaleNpdMarkdown() {
    }

    static void write(Path file, Run run, List<SizeResult> sizes, List<String> notRun) throws IOException {
        StringBuilder md = new StringBuilder("# NPD at scale: getCitizen and verifyCitizen over a growing population\n\n");
        md.append("Run ").append(run.started()).append(", `").append(run.commandLine()).append("`.\n\n");
        md.append("The NPD provider system (`NpdProviderSystem`, no demo data) over ").append(run.database())
                .append(", loaded by the population generator (seed and day fixed, each size topping up the last).")
                .append(" Queries go straight to the provider as the Public Service Portal (X-Road headers, no security")
                .append(" server), each about a citizen drawn at random from the whole database; ")
                .append(run.concurrency()).append(" virtual users in a closed loop, ").append(run.warmupSeconds())
                .append(" s unmeasured warm-up (").append(run.firstWarmupSeconds()).append(" s at the first size, where the JVM")
                .append(" is cold), then ").append(run.windowSeconds()).append(" s measured, per query and size.")
                .append(" Driver and provider share one JVM; the CPU column is that JVM's, the database's own is not in it.\n\n");
        md.append("| citizens | loaded (citizens) | load time | load rate | query | round trips/s | p50 ms | p99 ms | errors | JVM CPU ms per round trip |\n");
        md.append("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (SizeResult size : sizes) {
            for (NpdOperation operation : NpdOperation.values()) {
                PointMeasurement point = size.queries().get(operation);
                if (point == null) {
                    continue;
                }
                PopulationTopUp.Step load = size.load();
                boolean first = operation == NpdOperation.values()[0];
                md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %d | %s |%n", size.size(),
                        first ? String.format(Locale.ROOT, "%,d", load.to() - load.from()) : "",
                        first ? num(load.elapsed().toMillis() / 1000.0, 1) + " s" : "",
                        first && load.to() > load.from() ? num(load.citizensPerSecond(), 0) + "/s" : "",
                        operation.serviceCode(), num(point.throughputPerSecond(), 1), num(point.latencyMillis(50), 2),
                        num(point.latencyMillis(99), 2), point.errors(), num(point.cpuMillisPerRoundTrip(), 2)));
            }
        }
        md.append('\n');
        for (SizeResult size : sizes) {
            for (PointMeasurement point : size.queries().values()) {
                if (point.firstError() != null) {
                    md.append("- First error at ").append(String.format(Locale.ROOT, "%,d", size.size())).append(": `")
                            .append(point.firstError().replace('`', '\'')).append("`\n");
                }
            }
        }
        if (!notRun.isEmpty()) {
            md.append("\nNot run:\n\n");
            notRun.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        Machine m = run.machine();
        md.append("\nMachine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memoryMegabytes()).append(" MB, ").append(m.os()).append(", ").append(m.jvm()).append(".\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }
}
