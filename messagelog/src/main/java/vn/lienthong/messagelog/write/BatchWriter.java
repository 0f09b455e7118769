package vn.lienthong.messagelog.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.LoggingFailedException;
import vn.lienthong.messagelog.store.EntryWriter;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * The single writer thread of a log: callers enqueue records and get a future; the thread drains up to
 * {@code batchSize} queued records, appends them in one transaction and completes the futures once committed.
 * Callers hold no lock while the database works. Closing stops intake, writes what was queued, then stops.
 */
final class BatchWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    private record Pending(LogRecord record, CompletableFuture<AppendReceipt> receipt) {
    }

    private static final Pending STOP = new Pending(null, null);

    private final LogDatabase database;
    private final EntryWriter entryWriter;
    private final Clock clock;
    private final int batchSize;
    private final BlockingQueue<Pending> queue;
    private final Consumer<Instant> afterCommit;
    private final Thread thread;
    private volatile boolean closed;
    private Connection connection;

    BatchWriter(String serverId, LogDatabase database, Clock clock, int batchSize, int capacity,
                Consumer<Instant> afterCommit) {
        this.database = database;
        this.entryWriter = new EntryWriter(serverId);
        this.clock = clock;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.afterCommit = afterCommit;
        this.thread = new Thread(this::run, "messagelog-writer-" + serverId);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    CompletableFuture<AppendReceipt> submit(LogRecord record) {
        if (closed) {
            throw new LoggingFailedException("the message log is closed");
        }
        CompletableFuture<AppendReceipt> receipt = new CompletableFuture<>();
        if (!queue.offer(new Pending(record, receipt))) {
            throw new LoggingFailedException("the message log's write queue is full (" + queue.size()
                    + " records wait for the database)");
        }
        return receipt;
    }

    int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, batchSize - 1);
            int stop = batch.indexOf(STOP);
            if (stop >= 0) {
                stopping = true;
                queue.drainTo(batch);
                batch.removeIf(p -> p == STOP);
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
        closeConnection();
    }

    private void write(List<Pending> batch) {
        for (int from = 0; from < batch.size(); from += batchSize) {
            List<Pending> slice = batch.subList(from, Math.min(batch.size(), from + batchSize));
            Instant loggedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            try {
                if (connection == null) {
                    connection = database.connect();
                }
                List<AppendReceipt> receipts = entryWriter.append(connection,
                        slice.stream().map(Pending::record).toList(), loggedAt);
                afterCommit.accept(loggedAt);
                for (int i = 0; i < slice.size(); i++) {
                    slice.get(i).receipt().complete(receipts.get(i));
                }
            } catch (SQLException | RuntimeException e) {
                LOG.error("cannot write {} message log records: {}", slice.size(), e.toString());
                closeConnection();
                LoggingFailedException failure = new LoggingFailedException(
                        "cannot write to the message log database: " + e.getMessage(), e);
                slice.forEach(p -> p.receipt().completeExceptionally(failure));
            }
        }
    }

    private void closeConnection() {
        entryWriter.close();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the writer's connection: {}", e.toString());
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            queue.put(STOP);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
        LoggingFailedException failure = new LoggingFailedException("the message log closed before the record was written");
        Pending left;
        while ((left = queue.poll()) != null) {
            if (left != STOP) {
                left.receipt().completeExceptionally(failure);
            }
        }
    }
}
