package vn.lienthong.benchmarks.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.benchmarks.driver.ClosedLoop;
import vn.lienthong.benchmarks.process.CpuMeter;
import vn.lienthong.benchmarks.process.JavaProcess;

/**
 * Profiles the load driver (this JVM) and every server JVM of a scenario with async-profiler over the measured window
 * at one concurrency: starts
 * sampling as the window opens, stops as it closes and reads each JVM's collapsed stacks
 * ({@code <folder>/<scenario>-<JVM>.collapsed}). A JVM that cannot be profiled is named in the result's problems;
 * the measurement goes on without its profile.
 */
public final class ScenarioProfiler implements ClosedLoop.WindowObserver {

    static final Duration INTERVAL = Duration.ofMillis(5);

    private final AsyncProfiler profiler;
    private final String scenario;
    private final List<Target> targets = new ArrayList<>();
    private final int concurrency;
    private final Path folder;
    private final List<Target> started = new ArrayList<>();
    private final Map<String, CpuProfile> profiles = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public ScenarioProfiler(AsyncProfiler profiler, String scenario, List<JavaProcess> servers, int concurrency, Path folder) {
        this.profiler = profiler;
        this.scenario = scenario;
        targets.add(new Target(CpuMeter.DRIVER, ProcessHandle.current().pid()));
        servers.forEach(server -> targets.add(new Target(server.name(), server.handle().pid())));
        this.concurrency = concurrency;
        this.folder = folder;
    }

    private record Target(String name, long pid) {
    }

    @Override
    public void windowOpens(int users) {
        if (users != concurrency) {
            return;
        }
        for (Target target : targets) {
            try {
                profiler.start(target.pid(), INTERVAL);
                started.add(target);
            } catch (AsyncProfiler.ProfilerException e) {
                problems.add(target.name() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void windowClosed(int users) {
        if (users != concurrency) {
            return;
        }
        for (Target target : started) {
            Path collapsed = folder.resolve(scenario + "-" + target.name() + ".collapsed");
            try {
                profiler.stopInto(target.pid(), collapsed);
                profiles.put(target.name(), CpuProfile.read(collapsed));
            } catch (AsyncProfiler.ProfilerException | RuntimeException e) {
                problems.add(target.name() + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /** Each profiled JVM's profile, by JVM name, in the order the scenario started them. */
    public ScenarioProfile result() {
        return new ScenarioProfile(concurrency, profiles, problems);
    }
}
