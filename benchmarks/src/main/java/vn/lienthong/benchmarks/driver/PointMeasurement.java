package vn.lienthong.benchmarks.driver;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one measured phase at one concurrency gave: round trips completed inside the window, errors, the
 * latency histogram (microseconds) and the CPU time each JVM used during the window.
 *
 * @param firstError the first error's message, or null when there was none
 */
public record PointMeasurement(int concurrency, long roundTrips, long errors, String firstError, long windowNanos,
        Histogram latencyMicros, Map<String, Long> cpuNanos) {

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
