package vn.lienthong.benchmarks.limit;

/**
 * How JMH times each primitive: in {@code forks} JVMs, one per pass over all the primitives (so a primitive's forks
 * lie minutes apart), each warming up and measuring for iterations of the given seconds.
 *
 * <p>A full run uses three forks because one is not enough on a shared virtual machine: on the hosts these
 * benchmarks ran on, the same RSA signature loop ran at 720 µs per operation for a minute and at 1,480 µs the next,
 * in one JVM, with no steal time reported; one fork landing in such a stretch misstates L by half.
 * {@link CryptoLimit} takes each primitive's fastest fork.
 */
public record JmhSettings(int forks, int warmupIterations, int warmupSeconds, int measurementIterations,
        int measurementSeconds) {

    public static JmhSettings full() {
        return new JmhSettings(3, 3, 2, 3, 2);
    }

    public static JmhSettings quick() {
        return new JmhSettings(2, 1, 1, 2, 1);
    }

    public String describe() {
        return forks + (forks == 1 ? " fork, " : " forks in separate passes (the fastest counts), ") + warmupIterations + " x "
                + warmupSeconds + " s warm-up, " + measurementIterations + " x " + measurementSeconds
                + " s measured, single thread, average time per operation";
    }
}
