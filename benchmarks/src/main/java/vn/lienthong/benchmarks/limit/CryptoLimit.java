package vn.lienthong.benchmarks.limit;

import java.util.List;
import java.util.Map;

/**
 * Scenario L: the round trips per second the machine's cores could complete if they did nothing but the
 * crypto of scenario C, from the counted operations and JMH's single-thread time for each.
 *
 * @param microsPerOperation JMH average time, per primitive and measured input size (0 for unsized ones)
 */
public record CryptoLimit(RoundTripShape shape, List<CountedOperation> operations,
        Map<Primitive, Map<Integer, Double>> microsPerOperation, int cores) {

    public double micros(CountedOperation op) {
        double total = 0;
        for (int bytes : op.inputBytes()) {
            total += micros(op.primitive(), bytes);
        }
        return total;
    }

    public double micros(Primitive primitive, int bytes) {
        int size = primitive.sized() ? Primitive.bucket(bytes) : 0;
        Double us = microsPerOperation.getOrDefault(primitive, Map.of()).get(size);
        if (us == null) {
            throw new IllegalStateException("JMH measured no " + primitive + " at " + size + " bytes");
        }
        return us;
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
