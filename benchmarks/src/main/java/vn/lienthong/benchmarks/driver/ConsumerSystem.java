package vn.lienthong.benchmarks.driver;

/** The consumer information system of a scenario: each virtual user gets its own client. */
@FunctionalInterface
public interface ConsumerSystem {

    RoundTrip newUser();
}
