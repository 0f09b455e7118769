package vn.lienthong.messagelog.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.messagelog.merkle.MerkleTree;
import vn.lienthong.messagelog.store.BatchStore;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.store.UnstampedEntry;
import vn.lienthong.messagelog.timestamp.TimeStampResult;
import vn.lienthong.messagelog.timestamp.TimeStamper;

/**
 * Time-stamps the backlog on its own thread, so that traffic never waits for the TSA: each round takes up to
 * {@code maxBatchEntries} unstamped entries in entry order, builds their Merkle tree, asks the TSA for a token over the
 * root (no transaction open meanwhile), then records the batch with its entries' hashes, one row whatever the batch's
 * size (entry rows are not rewritten; inclusion proofs are derived from the batch when read). A round continues until the
 * backlog is empty or the TSA fails; the next round (timer or trigger) resumes where it stopped, so no gap appears.
 */
public final class Stamper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Stamper.class);

    private final LogDatabase database;
    private final BatchStore store;
    private final TimeStamper timeStamper;
    private final StampingBacklog backlog;
    private final int maxBatchEntries;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean triggered = new AtomicBoolean();

    Stamper(String serverId, LogDatabase database, TimeStamper timeStamper, StampingBacklog backlog, int maxBatchEntries) {
        this.database = database;
        this.store = new BatchStore(serverId);
        this.timeStamper = timeStamper;
        this.backlog = backlog;
        this.maxBatchEntries = maxBatchEntries;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "messagelog-stamper-" + serverId);
            t.setDaemon(true);
            return t;
        });
    }

    void start(Duration period) {
        long millis = period.toMillis();
        thread.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Asks for a round soon; triggers arriving while one is pending coalesce into it. */
    void trigger() {
        if (triggered.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    triggered.set(false);
                    round();
                });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                triggered.set(false);
            }
        }
    }

    CompletableFuture<StampOutcome> stampNow() {
        return CompletableFuture.supplyAsync(this::round, thread);
    }

    /** Reads the oldest unstamped entry from the store into the backlog (at start-up). */
    void refreshBacklog() throws SQLException {
        try (Connection c = database.connect()) {
            backlog.beginCheck();
            backlog.endCheck(store.oldestUnstamped(c).map(UnstampedEntry::loggedAt).orElse(null));
        }
    }

    private StampOutcome round() {
        int entries = 0;
        int batches = 0;
        try (Connection c = database.connect()) {
            c.setAutoCommit(true);
            while (true) {
                List<UnstampedEntry> pending = store.unstamped(c, maxBatchEntries);
                if (pending.isEmpty()) {
                    break;
                }
                MerkleTree tree = MerkleTree.of(pending.stream().map(UnstampedEntry::entryHash).toList());
                TimeStampResult result = timeStamper.stamp(tree.root());
                if (result instanceof TimeStampResult.Failed failed) {
                    backlog.stampingFailed(pending.get(0).loggedAt(), failed.reason());
                    LOG.warn("time-stamping failed, {} or more entries wait: {}", pending.size(), failed.reason());
                    return new StampOutcome(entries, batches, Optional.of(failed.reason()));
                }
                TimeStampResult.Stamped stamped = (TimeStampResult.Stamped) result;
                store.record(c, pending, tree, stamped.token(), stamped.genTime());
                backlog.stampingSucceeded();
                entries += pending.size();
                batches++;
                if (pending.size() < maxBatchEntries) {
                    break;
                }
            }
            backlog.beginCheck();
            backlog.endCheck(store.oldestUnstamped(c).map(UnstampedEntry::loggedAt).orElse(null));
            return new StampOutcome(entries, batches, Optional.empty());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("time-stamping round failed: {}", e.toString());
            return new StampOutcome(entries, batches, Optional.of("stamping round failed: " + e));
        }
    }

    /**
     * Lets a running round finish (a TSA call is bounded by the client's timeout) rather than interrupting it, since an
     * interrupt can close an embedded database's file channel; interrupts only after 30 s.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the stamping round did not end within 30 s; interrupting it");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
