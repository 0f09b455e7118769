package vn.lienthong.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.limit.CountedOperation;
import vn.lienthong.benchmarks.limit.CryptoLimit;
import vn.lienthong.benchmarks.limit.Primitive;
import vn.lienthong.benchmarks.profile.CostCategory;
import vn.lienthong.benchmarks.profile.CpuProfile;
import vn.lienthong.benchmarks.profile.ScenarioProfile;

class HalfLimitBudgetTest {

    private static final List<String> SERVERS = List.of("SS-MPS", "SS-VPCP");
    private static final long MS = 1_000_000L;

    /** Four RSA signatures of 1,000 µs: 4 ms of crypto per round trip, L = 500 round trips/s on 2 cores. */
    private static final CryptoLimit LIMIT = new CryptoLimit(null,
            List.of(new CountedOperation(Primitive.RSA_PSS_SIGN, "signs", List.of(0, 0, 0, 0))),
            Map.of(Primitive.RSA_PSS_SIGN, Map.of(0, List.of(1000.0, 1500.0))), 2);

    /** {@code rate} round trips in one second; each JVM's CPU given in ms per round trip. */
    private static PointMeasurement point(int concurrency, int rate, Map<String, Double> msPerRoundTrip) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        msPerRoundTrip.forEach((jvm, ms) -> cpu.put(jvm, Math.round(ms * MS * rate)));
        return new PointMeasurement(concurrency, rate, 0, null, 1_000_000_000L, new Histogram(3), cpu, 0);
    }

    private static ScenarioResult scenario(String id, List<PointMeasurement> points) {
        return new ScenarioResult(id, id, "path", List.of(), points, Duration.ofMinutes(3), 0.01, null);
    }

    @Test
    void theBudgetIsTwiceTheCryptoLessTheOtherJvmsAndTheCryptoAtCsFastestPoint() {
        // at 16 users C does 150 rt/s: servers 5 ms each, driver 0.5, provider 1.0 -> 11.5 ms per round trip
        ScenarioResult c = scenario("C", List.of(
                point(1, 50, Map.of("driver", 1.0, "provider", 2.0, "SS-MPS", 8.0, "SS-VPCP", 8.0)),
                point(16, 150, Map.of("driver", 0.5, "provider", 1.0, "SS-MPS", 5.0, "SS-VPCP", 5.0))));
        ScenarioResult a = scenario("A", List.of(point(16, 2000, Map.of("driver", 0.2, "provider", 0.8))));

        String md = HalfLimitBudget.of(List.of(a, c), LIMIT, SERVERS, "provider");

        assertThat(md).startsWith("## What C/L = 0.5 leaves for the security servers")
                .contains("in C at concurrency 16, C's fastest point")
                .contains("| all of C's JVMs | 8.000 | 11.500 |")
                .contains("| driver, provider, CA and configuration authority | 1.500 | 1.500 |")
                .contains("| L's crypto (JMH, one thread) | 4.000 | 4.000 |")
                // 8 - 1.5 - 4 = 2.5 left; the servers spent 10 - 4 = 6
                .contains("| everything else the security servers do (their CPU minus L's crypto) | 2.500 | 6.000 |")
                .contains("| the same, per message a security server reads or writes (8) | 0.313 | 0.750 |")
                .contains("per message it reads or writes (its answer building included) | | 0.400 |")
                .contains("work around the crypto 58 % smaller than in this run");
    }

    @Test
    void whenTheOtherJvmsAloneTakeTheBudgetItSaysNothingIsLeft() {
        ScenarioResult c = scenario("C", List.of(
                point(16, 100, Map.of("driver", 2.0, "provider", 2.5, "SS-MPS", 6.0, "SS-VPCP", 6.0))));

        String md = HalfLimitBudget.of(List.of(c), LIMIT, SERVERS, "provider");

        assertThat(md).contains("| everything else the security servers do (their CPU minus L's crypto) | -0.500 | 8.000 |")
                .contains("Nothing is left")
                .doesNotContain("for comparison");
    }

    @Test
    void withAProfileOfCItSetsRsaUnderLoadBesideWhatLCounts() {
        // at 16 users each server spends 5 ms, 60 % of it in RSA: 6 ms in both; L counts 4 signatures of 1 ms
        CpuProfile server = new CpuProfile(Map.of(CostCategory.RSA, 60L, CostCategory.MESSAGE_LOG, 40L), 100);
        ScenarioResult c = new ScenarioResult("C", "C", "path", List.of(), List.of(
                point(16, 150, Map.of("driver", 0.5, "provider", 1.0, "SS-MPS", 5.0, "SS-VPCP", 5.0))),
                Duration.ofMinutes(3), 0.01, new ScenarioProfile(16, Map.of("SS-MPS", server, "SS-VPCP", server), List.of()));

        assertThat(HalfLimitBudget.of(List.of(c), LIMIT, SERVERS, "provider"))
                .contains("RSA under load: at concurrency 16 (profiled) C's security servers spent 6.000 ms of CPU per"
                        + " round trip in RSA, where L counts 4.000 ms for the same operations (x 1.50)");
        assertThat(HalfLimitBudget.of(List.of(scenario("C", c.points())), LIMIT, SERVERS, "provider"))
                .doesNotContain("RSA under load");
    }

    @Test
    void aRunWithoutCOrWithoutLHasNoSection() {
        ScenarioResult a = scenario("A", List.of(point(16, 2000, Map.of("driver", 0.2, "provider", 0.8))));

        assertThat(HalfLimitBudget.of(List.of(a), LIMIT, SERVERS, "provider")).isEmpty();
        assertThat(HalfLimitBudget.of(List.of(a, scenario("C", List.of(
                point(16, 150, Map.of("SS-MPS", 5.0))))), null, SERVERS, "provider")).isEmpty();
    }
}
