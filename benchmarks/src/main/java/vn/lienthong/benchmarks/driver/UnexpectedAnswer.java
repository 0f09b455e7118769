package vn.lienthong.benchmarks.driver;

/** A round trip that ended with something other than the citizen record. */
public final class UnexpectedAnswer extends Exception {

    private static final int SHOWN = 600;

    public UnexpectedAnswer(String answer) {
        super(answer.length() > SHOWN ? answer.substring(0, SHOWN) + "..." : answer);
    }
}
