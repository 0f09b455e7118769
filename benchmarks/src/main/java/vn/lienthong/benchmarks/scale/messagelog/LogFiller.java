package vn.lienthong.benchmarks.scale.messagelog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.write.StampOutcome;

/**
 * Grows a log through {@link MessageLog#appendAsync}, the call the proxies make, keeping at most {@code inFlight}
 * records waiting (as that many concurrent proxy threads would), then waits until every entry is durable and every
 * entry is time-stamped.
 */
final class LogFiller {

    /** What growing the log to one size cost. */
    record Fill(long entriesAdded, Duration durable, Duration stamped) {

        double durableEntriesPerSecond() {
            return entriesAdded / seconds(durable);
        }

        double stampedEntriesPerSecond() {
            return entriesAdded / seconds(stamped);
        }

        private static double seconds(Duration d) {
            return Math.max(1, d.toMillis()) / 1000.0;
        }
    }

    private final MessageLog log;
    private final CitizenPins pins;
    private final EnvelopePool envelopes;
    private final LookupSample sample;
    private final long seed;
    private final int inFlight;
    private final Clock clock;
    private long exchanges;
    private long entries;

    LogFiller(MessageLog log, CitizenPins pins, EnvelopePool envelopes, LookupSample sample, long seed, int inFlight,
              Clock clock) {
        this.log = log;
        this.pins = pins;
        this.envelopes = envelopes;
        this.sample = sample;
        this.seed = seed;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    long entries() {
        return entries;
    }

    /** Continues a log that already holds {@code entries} entries written by this filler (two per exchange). */
    void resumeAt(long existingEntries) {
        if (existingEntries % 2 != 0) {
            throw new IllegalStateException("a log of this benchmark holds whole exchanges, not " + existingEntries + " entries");
        }
        entries = existingEntries;
        exchanges = existingEntries / 2;
    }

    /**
     * Appends until the log holds {@code targetEntries}, {@code stopAt} (System.nanoTime) has passed or the disk is
     * low, then waits
     * until everything is durable and stamped.
     */
    Fill growTo(long targetEntries, long stopAt, DiskGuard disk, Progress progress) throws InterruptedException {
        long startEntries = entries;
        Semaphore permits = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long started = System.nanoTime();
        while (entries < targetEntries && failure.get() == null && System.nanoTime() - stopAt < 0) {
            Exchange exchange = Exchange.make(exchanges++, seed, pins, envelopes, clock.instant());
            sample.offer(exchange);
            append(exchange, permits, failure);
            entries += 2;
            progress.report("filling", entries, targetEntries);
            if (entries % 10_000 == 0 && disk.low()) {
                System.err.println("  stopping the fill: the disk holding PostgreSQL's data is nearly full");
                break;
            }
        }
        permits.acquire(inFlight);
        if (failure.get() != null) {
            throw new IllegalStateException("an append failed: " + failure.get(), failure.get());
        }
        Duration durable = Duration.ofNanos(System.nanoTime() - started);
        stampBacklog();
        Duration stamped = Duration.ofNanos(System.nanoTime() - started);
        return new Fill(entries - startEntries, durable, stamped);
    }

    private void append(Exchange exchange, Semaphore permits, AtomicReference<Throwable> failure)
            throws InterruptedException {
        for (LogRecord record : List.of(exchange.request(), exchange.response())) {
            permits.acquire();
            log.appendAsync(record).whenComplete((AppendReceipt receipt, Throwable error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                permits.release();
            });
        }
    }

    /** Asks for stamping rounds until nothing waits (a round stamps batches of at most max-batch-entries). */
    private void stampBacklog() {
        while (log.status().oldestUnstampedAge().isPresent()) {
            StampOutcome outcome = log.stampNow().join();
            if (!outcome.succeeded()) {
                throw new IllegalStateException("time-stamping failed: " + outcome.failure().orElse("?"));
            }
        }
    }
}
