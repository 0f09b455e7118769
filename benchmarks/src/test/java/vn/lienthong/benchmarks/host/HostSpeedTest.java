package vn.lienthong.benchmarks.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostSpeedTest {

    @Test
    void measuresBothRatesOnEveryCore() {
        Instant before = Instant.now();
        HostSpeed speed = HostSpeed.measure("in a test");

        assertThat(speed.when()).isEqualTo("in a test");
        assertThat(speed.at()).isBetween(before, before.plus(Duration.ofMinutes(1)));
        assertThat(speed.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(speed.oneThreadMegabytesPerSecond()).as("SHA-256 MB/s on one thread").isGreaterThan(1);
        assertThat(speed.allCoresMegabytesPerSecond()).as("SHA-256 MB/s on every core").isGreaterThan(1);
        assertThat(speed.memoryReadNanos()).as("ns per read that misses the caches").isBetween(0.1, 10_000.0);
        assertThat(speed.rsaSignMicros()).as("µs per RSA-2048 signature").isBetween(10.0, 1_000_000.0);
        assertThat(speed.effectiveCores()).isEqualTo(speed.allCoresMegabytesPerSecond() / speed.oneThreadMegabytesPerSecond());
    }
}
