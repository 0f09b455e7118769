package vn.lienthong.messagelog;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.timestamp.TimeStamper;
import vn.lienthong.messagelog.write.LogRuntime;
import vn.lienthong.messagelog.write.StampOutcome;

/**
 * One security server's message log: both proxies append a record per request and per response.
 *
 * <p>{@link #append} returns once the record is committed to the database (durable), waiting at most
 * {@link MessageLogSettings#appendTimeout()}; the writer thread commits queued records in batches, so many concurrent
 * appends share one transaction. Time-stamping runs on its own thread and never delays an append. While the oldest
 * unstamped entry is older than {@link MessageLogSettings#maxUnstampedAge()}, appends fail with
 * {@link TimestamperFailedException}; they succeed again on their own once the stamper has caught up.
 *
 * <p>Lifecycle: {@link #open} (migrates the schema, resumes the chain where the database left it, starts the writer and
 * stamper threads), then {@link #close()} (stops intake, writes what was queued, stops the threads). Thread-safe.
 */
public final class MessageLog implements AutoCloseable {

    private final MessageLogSettings settings;
    private final Clock clock;
    private final LogRuntime runtime;

    private MessageLog(MessageLogSettings settings, Clock clock, LogRuntime runtime) {
        this.settings = settings;
        this.clock = clock;
        this.runtime = runtime;
    }

    /**
     * @throws MessageLogException when the database cannot be reached or migrated
     */
    public static MessageLog open(LogDatabase database, MessageLogSettings settings, TimeStamper timeStamper, Clock clock) {
        try {
            database.migrate();
            return new MessageLog(settings, clock, LogRuntime.start(database, settings, timeStamper, clock));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof MessageLogException m) {
                throw m;
            }
            throw new MessageLogException("cannot open the message log in " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one record and waits until it is durable.
     *
     * @throws TimestamperFailedException the TSA outage window is exceeded (nothing was written)
     * @throws LoggingFailedException     the record was not made durable in time, the database failed, or the log is closed
     */
    public AppendReceipt append(LogRecord record) {
        return await(appendAsync(record));
    }

    /**
     * Waits until a record queued with {@link #appendAsync} is durable, at most the append timeout.
     *
     * @throws LoggingFailedException the record was not made durable in time, the database failed, or the log is closed
     */
    public AppendReceipt await(CompletableFuture<AppendReceipt> receipt) {
        try {
            return receipt.get(settings.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LoggingFailedException("the record was not durable within " + settings.appendTimeout(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LoggingFailedException failed) {
                throw failed;
            }
            throw new LoggingFailedException("cannot log the record: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoggingFailedException("interrupted while waiting for the record to be durable", e);
        }
    }

    /**
     * Queues one record; the future completes when it is durable, or exceptionally with {@link LoggingFailedException}.
     *
     * @throws TimestamperFailedException the TSA outage window is exceeded
     * @throws LoggingFailedException     the log is closed or its queue is full
     */
    public CompletableFuture<AppendReceipt> appendAsync(LogRecord record) {
        Optional<Instant> oldest = runtime.oldestUnstamped();
        if (oldest.isPresent()) {
            Duration age = Duration.between(oldest.get(), clock.instant());
            if (age.compareTo(settings.maxUnstampedAge()) > 0) {
                throw new TimestamperFailedException(oldest.get(), age, settings.maxUnstampedAge(),
                        runtime.lastStampingFailure().orElse(null));
            }
        }
        return runtime.submit(record);
    }

    /** Starts a stamping round now (besides the schedule); completes when the round ends. */
    public CompletableFuture<StampOutcome> stampNow() {
        return runtime.stampNow();
    }

    public LogStatus status() {
        Optional<Duration> age = runtime.oldestUnstamped().map(t -> Duration.between(t, clock.instant()));
        boolean accepting = age.map(a -> a.compareTo(settings.maxUnstampedAge()) <= 0).orElse(true);
        return new LogStatus(age, runtime.lastStampingFailure(), runtime.queued(), accepting);
    }

    public String serverId() {
        return settings.serverId().toString();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
