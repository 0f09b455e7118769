package vn.lienthong.conf;

/** A configuration file is missing, malformed or inconsistent; the message names the file and the fix. */
public class ConfException extends RuntimeException {

    public ConfException(String message) {
        super(message);
    }

    public ConfException(String message, Throwable cause) {
        super(message, cause);
    }
}
