package vn.lienthong.benchmarks.limit;

/** How long JMH warms up and measures each primitive (one fork, iterations of the given seconds). */
public record JmhSettings(int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds) {

    public static JmhSettings full() {
        return new JmhSettings(5, 2, 5, 2);
    }

    public static JmhSettings quick() {
        return new JmhSettings(1, 1, 2, 1);
    }

    public String describe() {
        return "1 fork, " + warmupIterations + " x " + warmupSeconds + " s warm-up, " + measurementIterations + " x "
                + measurementSeconds + " s measured, single thread, average time per operation";
    }
}
