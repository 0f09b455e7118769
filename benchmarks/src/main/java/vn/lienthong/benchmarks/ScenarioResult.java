package vn.lienthong.benchmarks;

import java.time.Duration;
import java.util.List;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.scenario.Scenario;

/**
 * One scenario's measured points, one per concurrency, the server JVMs it ran, and its warm-up: how long it took
 * and the JIT compilers' share of the CPU in its last step.
 */
public record ScenarioResult(String id, String title, String path, List<String> processes,
        List<PointMeasurement> points, Duration warmedUp, double jitShareAtWarmupEnd) {

    public ScenarioResult {
        processes = List.copyOf(processes);
        points = List.copyOf(points);
    }

    static ScenarioResult of(Scenario scenario, List<String> processes, List<PointMeasurement> points,
            Duration warmedUp, double jitShareAtWarmupEnd) {
        return new ScenarioResult(scenario.id(), scenario.title(), scenario.path(), processes, points, warmedUp,
                jitShareAtWarmupEnd);
    }

    public PointMeasurement at(int concurrency) {
        return points.stream().filter(p -> p.concurrency() == concurrency).findFirst().orElse(null);
    }
}
