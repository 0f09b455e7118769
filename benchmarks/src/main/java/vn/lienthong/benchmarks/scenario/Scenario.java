package vn.lienthong.benchmarks.scenario;

/** One way of getting the citizen record from the provider to the consumer, compared with the others. */
public interface Scenario {

    /** A, B or C. */
    String id();

    String title();

    /** The message path, in words, for the results. */
    String path();

    /** Starts the server JVMs and returns them with the consumer that drives them. */
    RunningScenario start(BenchEnvironment environment);
}
