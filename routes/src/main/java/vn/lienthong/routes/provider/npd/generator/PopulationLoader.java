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
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.VersionMeta;

/**
 * Writes a synthetic population into the NPD database in batches ({@link CitizenStore#createAll}), each
 * batch one transaction, telling a {@link GenerationProgress} after each. Reproducible: the same seed and
 * count give the same citizens.
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
        long started = System.nanoTime();
        CitizenGenerator generator = new CitizenGenerator(seed, today, reserved);
        VersionMeta meta = new VersionMeta(Instant.now(), SOURCE, null, "INITIAL_LOAD", Set.of(VersionMeta.ALL_PATHS));
        BlockingQueue<List<CitizenRecord>> batches = new ArrayBlockingQueue<>(2);
        ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "population-generator"));
        Future<?> generating = producer.submit(() -> generate(generator, count, batches));
        try {
            long written = 0;
            while (written < count) {
                List<CitizenRecord> batch = batches.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    failIfDone(generating);
                    continue;
                }
                written += store.createAll(batch, meta);
                progress.written(written, count);
            }
            return new Result(written, generator.households(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            producer.shutdownNow();
        }
    }

    private Void generate(CitizenGenerator generator, long count, BlockingQueue<List<CitizenRecord>> batches)
            throws InterruptedException {
        long produced = 0;
        List<CitizenRecord> batch = new ArrayList<>(batchSize + 8);
        while (produced < count) {
            for (CitizenRecord citizen : generator.nextHousehold()) {
                if (produced + batch.size() < count) {
                    batch.add(citizen);
                }
            }
            if (batch.size() >= batchSize || produced + batch.size() >= count) {
                produced += batch.size();
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
