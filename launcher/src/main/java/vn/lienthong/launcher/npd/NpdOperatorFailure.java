package vn.lienthong.launcher.npd;

/** A failed operator command: the one line for the person at the terminal, and the exit code. */
final class NpdOperatorFailure extends Exception {

    /** The NPD provider is unreachable or failed. */
    static final int FAILED = 1;
    /** The request was refused: unknown id, already resolved, missing input, not allowed from here. */
    static final int REFUSED = 2;

    private final int exitCode;

    NpdOperatorFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
