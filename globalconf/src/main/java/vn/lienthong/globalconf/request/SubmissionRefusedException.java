package vn.lienthong.globalconf.request;

/** The authority refused a submitted request; the message is its {@code REASON: explanation}. */
public final class SubmissionRefusedException extends RuntimeException {

    private final int status;

    public SubmissionRefusedException(int status, String message) {
        super("the configuration authority refused the request (HTTP " + status + "): " + message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
