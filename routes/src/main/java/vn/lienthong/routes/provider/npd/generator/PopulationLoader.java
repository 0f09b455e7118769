package vn.lienthong.routes.provider.npd.generator;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.store.BulkCitizenWriter;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.VersionMeta;

/**
 * Writes a synthetic population into the NPD database in batches over one connection
 * ({@link BulkCitizenWriter}), each batch one transaction, telling a {@link GenerationProgress} after each.
 * Reproducible: the same seed, count and day give the same citizens.
 */
public final class PopulationLoader {

    /** The source recorded on generated versions: the NPD's own load, owner of no field. */
    public static final String SOURCE = "NPD-GENERATOR";

    /** What a load wrote and how long it took. */
    public record Result(long citizens, long households, Duration elapsed) {

        public double citizensPerSecond() {
            return citizens / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    private final CitizenStore store;
    private final int batchSize;

    public PopulationLoader(CitizenStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    /**
     * Writes {@code count} citizens generated from {@code seed}, as the population stands on {@code today}.
     * Generation runs on a thread of its own, a batch ahead of the writes, so that a second core is used.
     */
    public Result load(long seed, long count, LocalDate today, Set<String> reserved, GenerationProgress progress)
            throws SQLException, InterruptedException {
        return load(seed, 0, count, today, reserved, progress);
    }

    /**
     * Tops a population up from {@code from} to {@code count} citizens: the first {@code from} citizens of
     * the population of {@code seed} (written by an earlier load with the same seed and day) are generated
     * again, so that the sequence is the same, but not written. Progress counts the citizens written.
     */
    public Result load(long seed, long from, long count, LocalDate today, Set<String> reserved, GenerationProgress progress)
            throws SQLException, InterruptedException {
        if (from < 0 || from > count) {
            throw new IllegalArgumentException("from must be between 0 and count");
        }
        long started = System.nanoTime();
        long total = count - from;
        CitizenGenerator generator = new CitizenGenerator(seed, today, reserved);
        VersionMeta meta = new VersionMeta(Instant.now(), SOURCE, null, "INITIAL_LOAD", Set.of(VersionMeta.ALL_PATHS));
        BlockingQueue<List<CitizenRecord>> batches = new ArrayBlockingQueue<>(2);
        ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "population-generator"));
        Future<?> generating = producer.submit(() -> generate(generator, from, count, batches));
        long written = 0;
        try (BulkCitizenWriter writer = new BulkCitizenWriter(store.dataSource())) {
            while (written < total) {
                List<CitizenRecord> batch = batches.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    failIfDone(generating);
                    continue;
                }
                written += writer.write(batch, meta);
                progress.written(written, total);
            }
        } finally {
            producer.shutdownNow();
        }
        return new Result(written, generator.households(), Duration.ofNanos(System.nanoTime() - started));
    }

    private Void generate(CitizenGenerator generator, long from, long count, BlockingQueue<List<CitizenRecord>> batches)
            throws InterruptedException {
        long position = 0;
        List<CitizenRecord> batch = new ArrayList<>(batchSize + 8);
        while (position < count) {
            for (CitizenRecord citizen : generator.nextHousehold()) {
                if (position >= from && position < count) {
                    batch.add(citizen);
                }
                position++;
            }
            if (batch.size() >= batchSize || position >= count && !batch.isEmpty()) {
                batches.put(batch);
                batch = new ArrayList<>(batchSize + 8);
            }
        }
        return null;
    }

    private static void failIfDone(Future<?> generating) throws InterruptedException {
        if (generating.isDone()) {
            try {
                generating.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the generator failed", e.getCause());
            }
            throw new IllegalStateException("the generator stopped before the count was reached");
        }
    }
}
