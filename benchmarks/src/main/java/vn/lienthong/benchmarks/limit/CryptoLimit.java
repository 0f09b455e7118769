package vn.lienthong.benchmarks.limit;

import java.util.List;
import java.util.Map;

/**
 * Scenario L: the round trips per second the machine's cores could complete if they did nothing but the
 * crypto of scenario C, from the counted operations and JMH's single-thread time for each.
 *
 * <p>Each primitive counts at its fastest fork's time: the limit is what the cores can do, and a slower fork
 * measured a busier host, not a dearer operation (see {@link JmhSettings}).
 *
 * @param microsPerFork JMH average time of each fork, per primitive and measured input size (0 for unsized ones)
 */
public record CryptoLimit(RoundTripShape shape, List<CountedOperation> operations,
        Map<Primitive, Map<Integer, List<Double>>> microsPerFork, int cores) {

    public double micros(CountedOperation op) {
        double total = 0;
        for (int bytes : op.inputBytes()) {
            total += micros(op.primitive(), bytes);
        }
        return total;
    }

    public double micros(Primitive primitive, int bytes) {
        int size = primitive.sized() ? Primitive.bucket(bytes) : 0;
        List<Double> forks = microsPerFork.getOrDefault(primitive, Map.of()).get(size);
        if (forks == null || forks.isEmpty()) {
            throw new IllegalStateException("JMH measured no " + primitive + " at " + size + " bytes");
        }
        return forks.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double microsPerRoundTrip() {
        return operations.stream().mapToDouble(this::micros).sum();
    }

    public int operationCount() {
        return operations.stream().mapToInt(CountedOperation::count).sum();
    }

    public double roundTripsPerSecond() {
        return cores * 1e6 / microsPerRoundTrip();
    }
}
