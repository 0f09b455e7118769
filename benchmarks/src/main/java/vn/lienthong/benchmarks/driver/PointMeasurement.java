package vn.lienthong.benchmarks.driver;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one measured phase at one concurrency gave: round trips completed inside the window, errors, the
 * latency histogram (microseconds), the CPU time each JVM used during the window, and how much of it went to the
 * JIT compilers.
 *
 * @param firstError the first error's message, or null when there was none
 * @param jitNanos   CPU time of all JVMs' JIT compiler threads during the window; -1 where the OS does not tell
 */
public record PointMeasurement(int concurrency, long roundTrips, long errors, String firstError, long windowNanos,
        Histogram latencyMicros, Map<String, Long> cpuNanos, long jitNanos) {

    /** The share of the window's CPU time that the JIT compilers took, 0 to 1; NaN where unknown. */
    public double jitShare() {
        long total = cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        return jitNanos < 0 || total <= 0 ? Double.NaN : Math.min(1.0, jitNanos / (double) total);
    }

    public double throughputPerSecond() {
        return roundTrips / (windowNanos / 1e9);
    }

    public double latencyMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? Double.NaN
                : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** CPU milliseconds per round trip, all JVMs together. */
    public double cpuMillisPerRoundTrip() {
        return cpuMillisPerRoundTrip(cpuNanos.values().stream().mapToLong(Long::longValue).sum());
    }

    public double cpuMillisPerRoundTrip(String process) {
        return cpuMillisPerRoundTrip(cpuNanos.getOrDefault(process, 0L));
    }

    private double cpuMillisPerRoundTrip(long nanos) {
        return roundTrips == 0 ? Double.NaN : nanos / 1e6 / roundTrips;
    }
}
