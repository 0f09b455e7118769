package vn.lienthong.benchmarks.scale.messagelog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample (reservoir, algorithm R) of the exchanges written so far: their query ids and one citizen each,
 * so that lookups ask for what the log holds, anywhere in it.
 */
final class LookupSample {

    record Lookup(String queryId, String citizenId) {
    }

    private int capacity;
    private final SplittableRandom random;
    private final List<Lookup> kept;
    private long seen;

    LookupSample(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
        this.kept = new ArrayList<>(capacity);
    }

    /**
     * Starts from a uniform sample of the {@code exchanges} a log already holds (a continued run), so that the sample
     * stays uniform over old and new exchanges; the sample keeps that size from then on.
     */
    void resume(List<Lookup> sampled, long exchanges) {
        kept.clear();
        kept.addAll(sampled.subList(0, Math.min(capacity, sampled.size())));
        capacity = kept.size();
        seen = exchanges;
    }

    void offer(Exchange exchange) {
        seen++;
        if (kept.size() < capacity) {
            kept.add(lookup(exchange));
            return;
        }
        long slot = random.nextLong(seen);
        if (slot < capacity) {
            kept.set((int) slot, lookup(exchange));
        }
    }

    /** {@code count} lookups drawn from the sample (with replacement). */
    List<Lookup> draw(int count) {
        List<Lookup> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(kept.get(random.nextInt(kept.size())));
        }
        return out;
    }

    private Lookup lookup(Exchange exchange) {
        List<String> citizens = exchange.request().citizenIds();
        return new Lookup(exchange.request().queryId(), citizens.get(random.nextInt(citizens.size())));
    }
}
