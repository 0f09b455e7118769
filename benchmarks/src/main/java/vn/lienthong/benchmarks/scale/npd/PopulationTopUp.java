package vn.lienthong.benchmarks.scale.npd;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import vn.lienthong.routes.provider.npd.generator.GenerationProgress;
import vn.lienthong.routes.provider.npd.generator.PopulationLoader;
import vn.lienthong.routes.provider.npd.store.CitizenStore;

/**
 * Brings the population up to a size: the citizens already in the database are taken to be the first ones
 * of the same seed and day (an earlier run of this benchmark), and only the rest are generated and written.
 * The day is fixed, so that a database filled on one day can be topped up on another.
 */
final class PopulationTopUp {

    /** The day the population stands on, whatever day the benchmark runs. */
    static final LocalDate POPULATION_DAY = LocalDate.of(2026, 1, 1);
    private static final int BATCH = 5_000;

    /** What one top-up did: from how many citizens to how many, and in how long. */
    record Step(long from, long to, Duration elapsed) {

        double citizensPerSecond() {
            return (to - from) / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    private final CitizenStore store;
    private final long seed;

    PopulationTopUp(CitizenStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    long current() throws SQLException {
        return store.count();
    }

    Step to(long size, GenerationProgress progress) throws SQLException, InterruptedException {
        long from = store.count();
        if (from >= size) {
            return new Step(from, from, Duration.ZERO);
        }
        PopulationLoader.Result result = new PopulationLoader(store, BATCH)
                .load(seed, from, size, POPULATION_DAY, Set.of(), progress);
        return new Step(from, from + result.citizens(), result.elapsed());
    }
}
