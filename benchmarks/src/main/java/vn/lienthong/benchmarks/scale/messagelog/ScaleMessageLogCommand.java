package vn.lienthong.benchmarks.scale.messagelog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.benchmarks.report.Machine;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.MessageLogSettings;
import vn.lienthong.messagelog.store.LogDatabase;

/** Fills a message log to each size in turn and measures search, verification, fill rate and size there. */
@Command(name = "scale-messagelog", mixinStandardHelpOptions = true,
        description = "Message log at scale: fill rate, DB size, search latency and verification throughput per size.")
public final class ScaleMessageLogCommand implements Callable<Integer> {

    private static final String SERVER = "VN/GOV/VPCP/SS1";
    private static final int SAMPLE = 100_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000",
            description = "log sizes in entries, ascending (default ${DEFAULT-VALUE})")
    List<Long> sizes;
    @Option(names = "--citizens", defaultValue = "5000000", description = "citizen population (default ${DEFAULT-VALUE})")
    long citizens;
    @Option(names = "--lookups", defaultValue = "200", description = "measured lookups of each kind per size")
    int lookups;
    @Option(names = "--warm-up", defaultValue = "50", description = "unmeasured lookups of each kind first")
    int warmUp;
    @Option(names = "--signature-range", defaultValue = "20000",
            description = "entries verified with their XML signatures per size (default ${DEFAULT-VALUE})")
    long signatureRange;
    @Option(names = "--in-flight", defaultValue = "4096", description = "most appends waiting at once")
    int inFlight;
    @Option(names = "--envelopes", defaultValue = "256", description = "signed requests (and responses) in the pool")
    int envelopes;
    @Option(names = "--admin-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
            description = "an existing PostgreSQL database to create the run's database from")
    String adminUrl;
    @Option(names = "--user", defaultValue = "postgres")
    String user;
    @Option(names = "--database", defaultValue = "lienthong_scale_messagelog", description = "created, then dropped")
    String database;
    @Option(names = "--keep", description = "keep the database and the throwaway PKI after the run")
    boolean keep;
    @Option(names = "--fill-minutes", defaultValue = "0",
            description = "stop filling after this many minutes from the start and measure the size reached (0: no limit)")
    long fillMinutes;
    @Option(names = "--continue-from", paramLabel = "DIR",
            description = "grow the database a --keep run left, with the throwaway PKI it kept in DIR")
    Path continueFrom;
    @Option(names = "--min-free-gb", defaultValue = "15",
            description = "stop filling when the disk holding PostgreSQL's data has less free (default ${DEFAULT-VALUE} GB)")
    long minFreeGigabytes;
    @Option(names = "--seed", defaultValue = "20260601")
    long seed;
    @Option(names = "--results", defaultValue = "benchmarks/results/scale-messagelog.md")
    Path results;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScaleMessageLogCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        MessageLogSettings logSettings = MessageLogSettings.builder(SecurityServerId.parse(SERVER)).build();
        ScaleSettings settings = new ScaleSettings(List.copyOf(sizes), citizens, seed, inFlight, envelopes, lookups,
                warmUp, signatureRange, logSettings, String.join(" ", commandLine()));
        Path work = continueFrom != null ? continueFrom : Files.createTempDirectory("scale-messagelog-");
        try {
            run(settings, logSettings, work);
        } finally {
            if (keep) {
                System.err.println("kept the database " + database + " and the throwaway PKI in " + work);
            } else {
                deleteRecursively(work);
            }
        }
        return 0;
    }

    private void run(ScaleSettings settings, MessageLogSettings logSettings, Path work) throws Exception {
        List<SizeResult> measured = new ArrayList<>();
        try (BenchPki pki = continueFrom != null ? BenchPki.reopen(work) : BenchPki.create(work);
             ScaleDatabase db = continueFrom != null ? ScaleDatabase.attach(adminUrl, user, database, keep)
                     : ScaleDatabase.create(adminUrl, user, database, keep)) {
            CitizenPins pins = new CitizenPins(citizens, seed);
            System.err.println("signing the envelope pool...");
            EnvelopePool pool = EnvelopePool.build(new SignedEnvelopes(pki.signerKey(), pki.signerChain()), pins, envelopes, seed);
            LogDatabase logDatabase = db.logDatabase();
            LookupSample sample = new LookupSample(SAMPLE, seed);
            long existing = db.entries();
            if (existing > 0) {
                System.err.printf("continuing a log of %,d entries; sampling its exchanges...%n", existing);
                sample.resume(db.sampleLookups(SERVER, existing, SAMPLE / 5, seed), existing / 2);
            }
            DiskGuard disk = new DiskGuard(db.dataDirectory(), minFreeGigabytes);
            Progress progress = new Progress(System.err, 30);
            try (MessageLog log = MessageLog.open(logDatabase, logSettings, pki.timeStamper(), Clock.systemUTC())) {
                LogFiller filler = new LogFiller(log, pins, pool, sample, seed, inFlight, Clock.systemUTC());
                filler.resumeAt(existing);
                long stopAt = System.nanoTime() + (fillMinutes > 0 ? Duration.ofMinutes(fillMinutes).toNanos() : Long.MAX_VALUE / 2);
                for (long size : sizes) {
                    if (size <= filler.entries()) {
                        continue;
                    }
                    if (disk.low()) {
                        System.err.printf("only %d GB left on the disk of PostgreSQL's data; %,d entries not reached%n",
                                disk.freeGigabytes(), size);
                        break;
                    }
                    if (System.nanoTime() - stopAt >= 0) {
                        System.err.printf("the fill time (--fill-minutes %d) is over; %,d entries not reached%n", fillMinutes, size);
                        break;
                    }
                    System.err.printf("growing the log to %,d entries...%n", size);
                    LogFiller.Fill fill = filler.growTo(size, stopAt, disk, progress);
                    System.err.printf("  %,d entries durable in %s, stamped in %s%n", fill.entriesAdded(), fill.durable(), fill.stamped());
                    measured.add(measure(filler.entries(), fill, db, logDatabase, sample, pki));
                    ScaleResultsMarkdown.write(results, settings, Machine.current(List.of()), postgresVersion(db),
                            pool.meanBytes(), measured);
                    System.err.println("  written to " + results);
                }
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private SizeResult measure(long entries, LogFiller.Fill fill, ScaleDatabase db, LogDatabase logDatabase,
                               LookupSample sample, BenchPki pki) throws Exception {
        db.analyze();
        ScaleDatabase.Size size = db.size();
        SearchTimes ownConnection = SearchTimes.measure(new SearchTimer(logDatabase), sample, warmUp, lookups);
        SearchTimes pooled;
        try (PooledLogDatabase pool = new PooledLogDatabase(db.url(), user)) {
            pooled = SearchTimes.measure(new SearchTimer(pool.logDatabase()), sample, warmUp, lookups);
        }
        System.err.printf("  search p50: citizen %.2f ms (pooled %.2f), query id %.2f ms (pooled %.2f); verifying...%n",
                ownConnection.citizen().latencies().p50(), pooled.citizen().latencies().p50(),
                ownConnection.queryId().latencies().p50(), pooled.queryId().latencies().p50());
        VerifyTimer verify = new VerifyTimer(logDatabase, SERVER, pki.anchors());
        VerifyTimer.Timed whole = verify.wholeLogWithoutSignatures();
        if (whole.entries() != entries) {
            throw new IllegalStateException("verified " + whole.entries() + " entries, expected " + entries);
        }
        System.err.printf("  whole log: %,.0f entries/s; with signatures...%n", whole.entriesPerSecond());
        VerifyTimer.Timed signed = verify.rangeWithSignatures(Math.max(1, entries - signatureRange + 1), entries);
        return new SizeResult(entries, fill, size, ownConnection, pooled, whole, signed, loadAverage());
    }

    /** The machine's 1-minute load average (other work shares the cores), or -1 where /proc is absent. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private List<String> commandLine() {
        return spec.commandLine().getParseResult().originalArgs();
    }

    private static String postgresVersion(ScaleDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version(), current_setting('shared_buffers')")) {
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "") + " (shared_buffers " + rs.getString(2) + ")";
        }
    }
}
