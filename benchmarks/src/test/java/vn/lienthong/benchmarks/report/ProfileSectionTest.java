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
import vn.lienthong.benchmarks.profile.CostCategory;
import vn.lienthong.benchmarks.profile.CpuProfile;
import vn.lienthong.benchmarks.profile.ScenarioProfile;

class ProfileSectionTest {

    /** 1,000 round trips; SS-MPS used 4 s of CPU (4 ms per round trip), the driver 0.5 s. */
    private static final PointMeasurement POINT = new PointMeasurement(16, 1000, 0, null, 60_000_000_000L,
            new Histogram(3), Map.of("driver", 500_000_000L, "SS-MPS", 4_000_000_000L), 0);

    private static ScenarioResult scenario(ScenarioProfile profile) {
        return new ScenarioResult("C", "LienThong", "path", List.of("SS-MPS"), List.of(POINT), Duration.ofMinutes(3), 0.01,
                profile);
    }

    @Test
    void eachCategoryIsTheJvmsCpuPerRoundTripTimesItsShare() {
        Map<String, CpuProfile> byJvm = new LinkedHashMap<>();
        byJvm.put("SS-MPS", new CpuProfile(Map.of(CostCategory.RSA, 45L, CostCategory.MESSAGE_LOG, 10L,
                CostCategory.OTHER, 45L), 100));
        byJvm.put("driver", new CpuProfile(Map.of(CostCategory.HTTP, 20L), 20));
        ScenarioProfile profile = new ScenarioProfile(16, byJvm, List.of("CA: cannot attach to JVM 7"));

        String md = ProfileSection.of(List.of(scenario(profile)));

        assertThat(md).contains("### C at concurrency 16")
                .contains("not profiled: `CA: cannot attach to JVM 7`")
                .contains("| RSA private- and public-key operations | 1.800 (45.0 %) | 0.000 (0.0 %) | 1.800 |")
                .contains("| message log and its database (H2) | 0.400 (10.0 %) | 0.000 (0.0 %) | 0.400 |")
                .contains("| HTTP servers and clients (Netty, Jetty, JDK), their own frames | 0.000 (0.0 %) | 0.500 (100.0 %) | 0.500 |")
                .contains("| ms of CPU per round trip | SS-MPS | driver | all |")
                .contains("| **profiled CPU** | **4.000** | **0.500** | **4.500** |")
                .doesNotContain("elliptic-curve");
    }

    @Test
    void aRunWithoutProfilesHasNoSection() {
        assertThat(ProfileSection.of(List.of(scenario(null)))).isEmpty();
    }
}
