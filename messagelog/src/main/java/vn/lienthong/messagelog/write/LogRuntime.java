package vn.lienthong.messagelog.write;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.MessageLogSettings;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.timestamp.TimeStamper;

/** The two threads of a running log (writer and stamper) and the backlog state they share. */
public final class LogRuntime implements AutoCloseable {

    private final StampingBacklog backlog = new StampingBacklog();
    private final BatchWriter writer;
    private final Stamper stamper;

    private LogRuntime(LogDatabase database, MessageLogSettings settings, TimeStamper timeStamper, Clock clock) {
        String serverId = settings.serverId().toString();
        boolean immediate = settings.timestamping() == MessageLogSettings.Timestamping.IMMEDIATE;
        this.stamper = new Stamper(serverId, database, timeStamper, backlog, settings.maxBatchEntries());
        this.writer = new BatchWriter(serverId, database, clock, settings.writeBatchSize(), settings.queueCapacity(),
                loggedAt -> {
                    backlog.written(loggedAt);
                    if (immediate) {
                        stamper.trigger();
                    }
                });
    }

    public static LogRuntime start(LogDatabase database, MessageLogSettings settings, TimeStamper timeStamper,
                                   Clock clock) throws SQLException {
        LogRuntime runtime = new LogRuntime(database, settings, timeStamper, clock);
        runtime.stamper.refreshBacklog();
        runtime.writer.start();
        runtime.stamper.start(settings.stampingInterval());
        if (runtime.backlog.oldestUnstamped().isPresent()) {
            runtime.stamper.trigger();
        }
        return runtime;
    }

    public CompletableFuture<AppendReceipt> submit(LogRecord record) {
        return writer.submit(record);
    }

    public CompletableFuture<StampOutcome> stampNow() {
        return stamper.stampNow();
    }

    public Optional<Instant> oldestUnstamped() {
        return backlog.oldestUnstamped();
    }

    public Optional<String> lastStampingFailure() {
        return backlog.lastFailure();
    }

    public int queued() {
        return writer.queued();
    }

    @Override
    public void close() {
        writer.close();
        stamper.close();
    }
}
