package vn.lienthong.benchmarks.driver;

/** One getCitizen exchange of one virtual user; throws when the answer is not a citizen record. */
@FunctionalInterface
public interface RoundTrip {

    void call() throws Exception;
}
