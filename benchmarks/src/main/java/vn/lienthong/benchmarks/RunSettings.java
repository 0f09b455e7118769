package vn.lienthong.benchmarks;

import java.time.Duration;
import java.util.List;
import vn.lienthong.benchmarks.limit.JmhSettings;

/**
 * How long each phase runs. Per scenario: one warm-up at {@code warmupUsers} for {@code warmup}, then per
 * concurrency a short unmeasured {@code settle} and the measured {@code window}.
 */
public record RunSettings(boolean quick, Duration warmup, int warmupUsers, Duration settle, Duration window,
        List<Integer> concurrency, JmhSettings jmh) {

    public RunSettings {
        concurrency = List.copyOf(concurrency);
    }
}
