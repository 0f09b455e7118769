package vn.lienthong.routes.provider.npd.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Picks values with given relative weights. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    Weighted(List<T> values, double[] weights) {
        if (values.size() != weights.length || values.isEmpty()) {
            throw new IllegalArgumentException("one weight per value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T pick(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
