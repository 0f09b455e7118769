package vn.lienthong.benchmarks;

import java.util.List;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.scenario.Scenario;

/** One scenario's measured points, one per concurrency, and the server JVMs it ran. */
public record ScenarioResult(String id, String title, String path, List<String> processes,
        List<PointMeasurement> points) {

    public ScenarioResult {
        processes = List.copyOf(processes);
        points = List.copyOf(points);
    }

    static ScenarioResult of(Scenario scenario, List<String> processes, List<PointMeasurement> points) {
        return new ScenarioResult(scenario.id(), scenario.title(), scenario.path(), processes, points);
    }

    public PointMeasurement at(int concurrency) {
        return points.stream().filter(p -> p.concurrency() == concurrency).findFirst().orElse(null);
    }
}
