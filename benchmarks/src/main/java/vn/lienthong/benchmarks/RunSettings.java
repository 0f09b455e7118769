package vn.lienthong.benchmarks;

import java.time.Duration;
import java.util.List;
import vn.lienthong.benchmarks.limit.JmhSettings;

/**
 * How long each phase runs. Per scenario: one warm-up at {@code warmupUsers} for {@code warmup}, then at one user in
 * {@link #WARMUP_STEP}s (up to {@code warmupMax} in all) until the JIT compilers take at most
 * {@code warmupJitLimit} of the CPU; then per concurrency a short unmeasured {@code settle} and the measured
 * {@code window}.
 */
public record RunSettings(boolean quick, Duration warmup, Duration warmupMax, double warmupJitLimit, int warmupUsers,
        Duration settle, Duration window, List<Integer> concurrency, JmhSettings jmh) {

    public static final Duration WARMUP_STEP = Duration.ofSeconds(30);

    public RunSettings {
        concurrency = List.copyOf(concurrency);
    }
}
