package vn.lienthong.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.profile.ScenarioProfile;
import vn.lienthong.benchmarks.scenario.Scenario;

/**
 * One scenario's measured points, one per concurrency, the server JVMs it ran, and its warm-up: how long it took
 * and the JIT compilers' share of the CPU in its last step; with {@code --profile}, where its JVMs' CPU went.
 */
public record ScenarioResult(String id, String title, String path, List<String> processes,
        List<PointMeasurement> points, Duration warmedUp, double jitShareAtWarmupEnd, ScenarioProfile profile) {

    public ScenarioResult {
        processes = List.copyOf(processes);
        points = List.copyOf(points);
    }

    static ScenarioResult of(Scenario scenario, List<String> processes, List<PointMeasurement> points,
            Duration warmedUp, double jitShareAtWarmupEnd, ScenarioProfile profile) {
        return new ScenarioResult(scenario.id(), scenario.title(), scenario.path(), processes, points, warmedUp,
                jitShareAtWarmupEnd, profile);
    }

    /** The driver's and servers' CPU profiles, when the run was asked for them ({@code --profile}). */
    public Optional<ScenarioProfile> cpuProfile() {
        return Optional.ofNullable(profile);
    }

    public PointMeasurement at(int concurrency) {
        return points.stream().filter(p -> p.concurrency() == concurrency).findFirst().orElse(null);
    }
}
