package vn.lienthong.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.benchmarks.driver.ClosedLoop;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.driver.RoundTrip;
import vn.lienthong.benchmarks.host.HostSpeed;
import vn.lienthong.benchmarks.limit.CryptoLimit;
import vn.lienthong.benchmarks.limit.CryptoLimitRun;
import vn.lienthong.benchmarks.limit.JmhSettings;
import vn.lienthong.benchmarks.process.CpuMeter;
import vn.lienthong.benchmarks.process.JavaProcess;
import vn.lienthong.benchmarks.profile.AsyncProfiler;
import vn.lienthong.benchmarks.profile.ScenarioProfile;
import vn.lienthong.benchmarks.profile.ScenarioProfiler;
import vn.lienthong.benchmarks.report.Charts;
import vn.lienthong.benchmarks.report.Machine;
import vn.lienthong.benchmarks.report.RawData;
import vn.lienthong.benchmarks.report.ResultsMarkdown;
import vn.lienthong.benchmarks.scenario.BenchEnvironment;
import vn.lienthong.benchmarks.scenario.BusScenario;
import vn.lienthong.benchmarks.scenario.DirectScenario;
import vn.lienthong.benchmarks.scenario.PointToPointWssScenario;
import vn.lienthong.benchmarks.scenario.ProductionIntervals;
import vn.lienthong.benchmarks.scenario.RunningScenario;
import vn.lienthong.benchmarks.scenario.Scenario;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.DemoWorkspace;

/**
 * {@code benchmarks/run}: scenarios A, B and C under closed-loop load at each concurrency, then L with JMH,
 * then results.md, the charts and the raw data under the results folder.
 */
@Command(name = "benchmarks/run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures what the bus costs: A direct, B point-to-point CXF + WSS4J, C LienThong, L crypto limit.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final Duration FIRST_ROUND_TRIP_TIMEOUT = Duration.ofSeconds(60);

    /** Held so that the level sticks: CXF announces every client it builds at INFO. */
    private static final Logger CXF_LOG = Logger.getLogger("org.apache.cxf");

    @Option(names = "--quick", description = "seconds instead of minutes: a smoke check, not representative")
    private boolean quick;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "warm-up per scenario (default 180, quick 10)")
    private Integer warmupSeconds;

    @Option(names = "--settle", paramLabel = "SECONDS", description = "unmeasured run-in per concurrency (default 15, quick 2)")
    private Integer settleSeconds;

    @Option(names = "--measure", paramLabel = "SECONDS", description = "measured window per concurrency (default 60, quick 5)")
    private Integer measureSeconds;

    @Option(names = "--concurrency", split = ",", description = "virtual users per point (default 1,4,16,64)")
    private List<Integer> concurrency = List.of(1, 4, 16, 64);

    @Option(names = "--warmup-max", paramLabel = "SECONDS",
            description = "longest warm-up per scenario while the JIT still compiles (default 600, quick: --warmup + 30)")
    private Integer warmupMaxSeconds;

    @Option(names = "--warmup-jit-limit", paramLabel = "PERCENT",
            description = "after --warmup, warm up at 1 user in 30 s steps until the JIT compilers take at most this"
                    + " share of the CPU (default ${DEFAULT-VALUE})", defaultValue = "10")
    private double warmupJitLimitPercent;

    @Option(names = "--warmup-users", description = "virtual users during warm-up (default 16)")
    private int warmupUsers = 16;

    @Option(names = "--scenarios", split = ",", description = "any of A,B,C,L (default all)")
    private List<String> scenarios = List.of("A", "B", "C", "L");

    @Option(names = "--server-heap", description = "-Xmx of every server JVM (default 512m, the issue's target)")
    private String serverHeap = "512m";

    @Option(names = "--server-gc", paramLabel = "FLAG",
            description = "the collector of every server JVM (default -XX:+UseParallelGC, as ./lienthong runs servers;"
                    + " -XX:+UseG1GC is the JVM's own choice on 2 cores)")
    private String serverGc = "-XX:+UseParallelGC";

    @Option(names = "--server-jvm-arg", paramLabel = "FLAG",
            description = "an extra flag for every server JVM, e.g. -XX:+AlwaysPreTouch; repeatable")
    private List<String> extraServerFlags = List.of();

    @Option(names = "--jfr", description = "record each server JVM with Java Flight Recorder (profile settings)")
    private boolean jfr;

    @Option(names = "--profile", description = "sample the CPU of the driver and every server JVM with async-profiler"
            + " (native frames included) over the measured window at --profile-users, and say in results.md where it went")
    private boolean profile;

    @Option(names = "--profile-users", paramLabel = "N", description = "the concurrency --profile samples at (default 16)")
    private int profileUsers = 16;

    @Option(names = "--repository", description = "the LienThong checkout (default: current directory)")
    private Path repository = Path.of(".");

    @Option(names = "--results", description = "where results go (default benchmarks/results)")
    private Path results;

    @Option(names = "--work", description = "scratch folder: federation, PKI, logs (default benchmarks/target/bench-work)")
    private Path work;

    private AsyncProfiler profiler;
    private Path profilesDir;

    public static void main(String[] args) {
        CXF_LOG.setLevel(Level.WARNING);
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        if (profile && !concurrency.contains(profileUsers)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--profile-users " + profileUsers
                    + " is not one of the measured concurrencies " + concurrency);
        }
        Path repo = repository.toAbsolutePath().normalize();
        Path resultsDir = (results != null ? results : repo.resolve("benchmarks/results")).toAbsolutePath();
        Path workDir = (work != null ? work : repo.resolve("benchmarks/target/bench-work")).toAbsolutePath();
        RunSettings settings = settings();
        RunFolders.deleteTree(workDir);
        Path logs = Files.createDirectories(workDir.resolve("logs"));
        DemoWorkspace workspace = new DemoWorkspace(workDir.resolve("federation"), DemoPorts.free());
        DemoPkiResult pki = workspace.prepare(KeyAlgorithm.RSA_2048);
        List<String> federationSettings = new ArrayList<>(ProductionIntervals.apply(workspace, pki.readPassword()));
        List<String> serverFlags = new ArrayList<>(List.of("-Xmx" + serverHeap, serverGc));
        serverFlags.addAll(extraServerFlags);
        if (jfr) {
            serverFlags.add("-XX:StartFlightRecording=filename=" + logs.resolve("{name}.jfr") + ",settings=profile,dumponexit=true");
        }
        BenchEnvironment env = new BenchEnvironment(repo, workspace, pki, logs, serverFlags);
        if (profile) {
            profilesDir = Files.createDirectories(logs.resolve("profiles"));
            profiler = AsyncProfiler.extract(workDir.resolve("profiler"));
        }
        say("LienThong benchmark%s: scenarios %s, concurrency %s, warm-up %d s, settle %d s, measure %d s; logs in %s",
                quick ? " (quick, not representative)" : "", scenarios, concurrency, settings.warmup().toSeconds(),
                settings.settle().toSeconds(), settings.window().toSeconds(), logs);

        List<ScenarioResult> measured = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<HostSpeed> host = new ArrayList<>();
        for (Scenario scenario : List.of(new DirectScenario(), new PointToPointWssScenario(), new BusScenario())) {
            if (selected(scenario.id())) {
                host.add(probeHost("before " + scenario.id()));
                try {
                    measured.add(run(scenario, env, settings));
                } catch (Exception e) {
                    failures.add(scenario.id() + ": " + e.getMessage());
                    say("%s failed: %s", scenario.id(), e.getMessage());
                }
            }
        }
        CryptoLimit limit = null;
        Path raw = Files.createDirectories(resultsDir.resolve("raw"));
        if (selected("L")) {
            host.add(probeHost("before L"));
            say("== L: crypto limit (JMH, %s) ==", settings.jmh().describe());
            limit = CryptoLimitRun.run(pki, settings.jmh(), raw);
            say("L: %.2f ms of crypto per round trip -> %.0f round trips/s on %d cores",
                    limit.microsPerRoundTrip() / 1000, limit.roundTripsPerSecond(), limit.cores());
        }

        host.add(probeHost("at the end"));
        federationSettings.addAll(RunFolders.loggingSettings(workspace));
        ResultsMarkdown markdown = new ResultsMarkdown(settings, Machine.current(serverFlags), host, measured, limit,
                failures, federationSettings);
        markdown.write(resultsDir.resolve("results.md"), started, Duration.between(started, Instant.now()));
        Charts.write(resultsDir, measured, settings.concurrency(), limit);
        RawData.writePoints(raw.resolve("points.csv"), measured);
        if (limit != null) {
            RawData.writeCryptoCount(raw.resolve("crypto-count.csv"), limit);
        }
        RunFolders.copyServerConfiguration(workspace, raw.resolve("servers"));
        say("results: %s", resultsDir.resolve("results.md"));
        return failures.isEmpty() ? 0 : 1;
    }

    private static HostSpeed probeHost(String when) {
        HostSpeed speed = HostSpeed.measure(when);
        say("host speed %s: SHA-256 %.0f MB/s on one thread, %.0f MB/s on %d cores (%.2f effective cores);"
                + " %.1f ns per memory read; %.0f µs per RSA-2048 signature", when, speed.oneThreadMegabytesPerSecond(),
                speed.allCoresMegabytesPerSecond(), speed.cores(), speed.effectiveCores(), speed.memoryReadNanos(),
                speed.rsaSignMicros());
        return speed;
    }

    private ScenarioResult run(Scenario scenario, BenchEnvironment env, RunSettings settings) throws Exception {
        say("== %s: %s ==", scenario.id(), scenario.title());
        BenchEnvironment scenarioEnv = env.withLogDirectory(Files.createDirectories(env.logDirectory().resolve(scenario.id())));
        try (RunningScenario running = scenario.start(scenarioEnv)) {
            firstRoundTrip(running);
            ClosedLoop loop = new ClosedLoop(running.consumer(), new CpuMeter(running.servers()));
            ScenarioProfiler scenarioProfiler = profiler == null ? null : new ScenarioProfiler(profiler, scenario.id(),
                    running.servers(), profileUsers, profilesDir);
            ClosedLoop.WindowObserver observer = scenarioProfiler == null ? ClosedLoop.WindowObserver.NONE : scenarioProfiler;
            PointMeasurement warm = loop.run(settings.warmupUsers(), Duration.ZERO, settings.warmup());
            Duration warmedUp = settings.warmup();
            // Under full load the compiler threads get little CPU and their queue grows unseen; at one user they
            // get what they need, so that is where the warm-up goes on until they have caught up.
            while (warmedUp.compareTo(settings.warmupMax()) < 0) {
                Duration left = settings.warmupMax().minus(warmedUp);
                Duration step = left.compareTo(RunSettings.WARMUP_STEP) < 0 ? left : RunSettings.WARMUP_STEP;
                warm = loop.run(1, Duration.ZERO, step);
                warmedUp = warmedUp.plus(step);
                if (Double.isNaN(warm.jitShare()) || warm.jitShare() <= settings.warmupJitLimit()) {
                    break; // caught up, or this OS does not tell what the compilers use
                }
                say("%s warm-up: at 1 user the JIT compilers still take %.0f %% of the CPU after %d s", scenario.id(),
                        100 * warm.jitShare(), warmedUp.toSeconds());
            }
            say("%s warm-up: %d s, %d users then 1, %.1f round trips/s at the end of it, JIT compilers %.0f %% of the"
                    + " CPU, %d errors", scenario.id(), warmedUp.toSeconds(), settings.warmupUsers(),
                    warm.throughputPerSecond(), 100 * warm.jitShare(), warm.errors());
            List<PointMeasurement> points = new ArrayList<>();
            for (int users : settings.concurrency()) {
                PointMeasurement p = loop.run(users, settings.settle(), settings.window(), observer);
                points.add(p);
                say("%s c=%-3d %8.1f rt/s  p50 %7.2f ms  p99 %7.2f ms  CPU %6.2f ms/rt  JIT %3.0f %%  errors %d",
                        scenario.id(), users, p.throughputPerSecond(), p.latencyMillis(50), p.latencyMillis(99),
                        p.cpuMillisPerRoundTrip(), 100 * p.jitShare(), p.errors());
            }
            ScenarioProfile cpuProfile = scenarioProfiler == null ? null : scenarioProfiler.result();
            if (cpuProfile != null) {
                cpuProfile.problems().forEach(problem -> say("%s profile: %s", scenario.id(), problem));
            }
            return ScenarioResult.of(scenario, running.servers().stream().map(JavaProcess::name).toList(), points,
                    warmedUp, warm.jitShare(), cpuProfile);
        }
    }

    /**
     * Waits until one getCitizen round trip succeeds: a server may listen before it serves (Jetty's context
     * still starting, a security server still fetching its global configuration or OCSP answers).
     */
    private static void firstRoundTrip(RunningScenario running) throws InterruptedException {
        RoundTrip user = running.consumer().newUser();
        long deadline = System.nanoTime() + FIRST_ROUND_TRIP_TIMEOUT.toNanos();
        while (true) {
            try {
                user.call();
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    StringBuilder logs = new StringBuilder();
                    for (JavaProcess server : running.servers()) {
                        logs.append("\n--- ").append(server.name()).append(" ---\n").append(server.logTail());
                    }
                    throw new IllegalStateException("no getCitizen round trip succeeded within "
                            + FIRST_ROUND_TRIP_TIMEOUT.toSeconds() + " s; the last said: " + e.getMessage() + logs, e);
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    private RunSettings settings() {
        int warmup = warmupSeconds != null ? warmupSeconds : quick ? 10 : 180;
        int settle = settleSeconds != null ? settleSeconds : quick ? 2 : 15;
        int measure = measureSeconds != null ? measureSeconds : quick ? 5 : 60;
        int warmupMax = Math.max(warmup, warmupMaxSeconds != null ? warmupMaxSeconds : quick ? warmup + 30 : 600);
        return new RunSettings(quick, Duration.ofSeconds(warmup), Duration.ofSeconds(warmupMax),
                warmupJitLimitPercent / 100, warmupUsers, Duration.ofSeconds(settle), Duration.ofSeconds(measure),
                concurrency, quick ? JmhSettings.quick() : JmhSettings.full());
    }

    private boolean selected(String id) {
        return scenarios.stream().anyMatch(s -> s.trim().equalsIgnoreCase(id));
    }

    private static void say(String format, Object... args) {
        System.out.println(Clock.systemDefaultZone().instant().toString().substring(11, 19) + " "
                + String.format(Locale.ROOT, format, args));
    }
}
