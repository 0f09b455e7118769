package vn.lienthong.benchmarks.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of one scenario's server JVMs over the measured window at {@code concurrency} users, by JVM name in
 * start order, and what could not be profiled.
 */
public record ScenarioProfile(int concurrency, Map<String, CpuProfile> byJvm, List<String> problems) {

    public ScenarioProfile {
        byJvm = Collections.unmodifiableMap(new LinkedHashMap<>(byJvm));
        problems = List.copyOf(problems);
    }
}
