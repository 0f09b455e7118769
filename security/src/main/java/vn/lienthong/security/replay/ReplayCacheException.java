package vn.lienthong.security.replay;

/** The replay cache could not be read or written: an internal error, not a property of the message. */
public final class ReplayCacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplayCacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
