package vn.lienthong.benchmarks.scale.npd;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.benchmarks.driver.ClosedLoop;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.process.CpuMeter;
import vn.lienthong.benchmarks.report.Machine;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.provider.npd.generator.ConsoleProgressBar;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

/**
 * {@code benchmarks/scale-npd}: loads the population size by size, each topping up the last, and after
 * each measures getCitizen and verifyCitizen against the NPD provider system; writes scale-npd.md after
 * every size, so that what was measured is kept if a larger size is stopped or skipped.
 */
@Command(name = "benchmarks/scale-npd", mixinStandardHelpOptions = true, sortOptions = false,
        description = "NPD at scale: getCitizen and verifyCitizen over 100 thousand, 1 million and 10 million citizens.")
public final class ScaleNpdCommand implements Callable<Integer> {

    private static final int SAMPLE = 5_000;

    @Option(names = "--sizes", split = ",", description = "population sizes, ascending (default 100000,1000000,10000000)")
    private List<Long> sizes = List.of(100_000L, 1_000_000L, 10_000_000L);

    @Option(names = "--jdbc-url", description = "PostgreSQL (user in the URL) or H2 file (default: PostgreSQL at"
            + " 127.0.0.1:5432, database test, schema npd_scale)")
    private String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=npd_scale";

    @Option(names = "--concurrency", description = "virtual users (default 16)")
    private int concurrency = 16;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "unmeasured warm-up per query and size (default 20)")
    private int warmupSeconds = 20;

    @Option(names = "--first-warmup", paramLabel = "SECONDS",
            description = "warm-up per query at the first size, where the JVM is still cold (default 60)")
    private int firstWarmupSeconds = 60;

    @Option(names = "--measure", paramLabel = "SECONDS", description = "measured window per query and size (default 30)")
    private int measureSeconds = 30;

    @Option(names = "--seed", description = "population seed (default 42)")
    private long seed = 42;

    @Option(names = "--until", paramLabel = "INSTANT",
            description = "e.g. 2026-11-27T05:25:00Z: a size whose load, at the last size's rate, would end later is not run")
    private Instant until;

    @Option(names = "--out", description = "the results file (default benchmarks/results/scale-npd.md)")
    private Path out = Path.of("benchmarks/results/scale-npd.md");

    private String[] arguments = new String[0];

    public static void main(String[] args) {
        ScaleNpdCommand command = new ScaleNpdCommand();
        command.arguments = args.clone();
        System.exit(new CommandLine(command).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Long> ordered = sizes.stream().sorted().toList();
        ScaleNpdMarkdown.Run run = new ScaleNpdMarkdown.Run(Instant.now(),
                ("benchmarks/scale-npd " + String.join(" ", arguments)).strip(), null, concurrency, firstWarmupSeconds,
                warmupSeconds, measureSeconds, Machine.current(List.of()));
        List<SizeResult> results = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        try (ScaleDatabase database = ScaleDatabase.open(jdbcUrl)) {
            run = new ScaleNpdMarkdown.Run(run.started(), run.commandLine(), database.describe(), run.concurrency(),
                    run.firstWarmupSeconds(), run.warmupSeconds(), run.windowSeconds(), run.machine());
            NpdDatabase.migrate(database.dataSource());
            PopulationTopUp topUp = new PopulationTopUp(new CitizenStore(database.dataSource()), seed);
            double rate = Double.NaN;
            try (NpdProviderSystem npd = NpdProviderSystem.builder().port(freePort()).dataSource(database.dataSource())
                    .demoData(false).start()) {
                for (long size : ordered) {
                    String late = tooLate(size, topUp.current(), rate);
                    if (late != null) {
                        notRun.add(late);
                        System.err.println("scale-npd: " + late);
                        continue;
                    }
                    System.err.printf(Locale.ROOT, "scale-npd: %,d citizens%n", size);
                    PopulationTopUp.Step load = topUp.to(size, new ConsoleProgressBar(System.err));
                    if (load.to() > load.from()) {
                        rate = load.citizensPerSecond();
                    }
                    results.add(measure(npd, database, size, load, results.isEmpty() ? firstWarmupSeconds : warmupSeconds));
                    ScaleNpdMarkdown.write(out, run, results, notRun);
                }
            }
        }
        ScaleNpdMarkdown.write(out, run, results, notRun);
        System.err.println("scale-npd: wrote " + out.toAbsolutePath());
        return 0;
    }

    private SizeResult measure(NpdProviderSystem npd, ScaleDatabase database, long size, PopulationTopUp.Step load,
            int warmup) throws SQLException, IOException, InterruptedException {
        List<SampledCitizen> sample = CitizenSample.draw(database.dataSource(), SAMPLE, seed + size);
        Map<NpdOperation, PointMeasurement> queries = new EnumMap<>(NpdOperation.class);
        for (NpdOperation operation : NpdOperation.values()) {
            ClosedLoop loop = new ClosedLoop(new NpdQueryConsumer(URI.create(npd.endpointUrl()), operation, sample),
                    new CpuMeter(List.of()));
            PointMeasurement point = loop.run(concurrency, Duration.ofSeconds(warmup), Duration.ofSeconds(measureSeconds));
            System.err.printf(Locale.ROOT, "scale-npd: %,d %s %.1f/s p50 %.2f ms p99 %.2f ms, %d errors%n", size,
                    operation.serviceCode(), point.throughputPerSecond(), point.latencyMillis(50), point.latencyMillis(99),
                    point.errors());
            queries.put(operation, point);
        }
        return new SizeResult(size, load, sample.size(), queries);
    }

    /** Why a size is not run before the time limit, or null when it fits (or the rate is not yet known). */
    private String tooLate(long size, long current, double rate) {
        if (until == null || Double.isNaN(rate) || size <= current) {
            return null;
        }
        long seconds = (long) ((size - current) / rate) + 2L * NpdOperation.values().length * (warmupSeconds + measureSeconds);
        Instant end = Instant.now().plusSeconds(seconds);
        if (!end.isAfter(until)) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d citizens: topping up %,d more at the last rate (%.0f/s) and measuring"
                + " would end about %s, after the time limit %s", size, size - current, rate, end, until);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
