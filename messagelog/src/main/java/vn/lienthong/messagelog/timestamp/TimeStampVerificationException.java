package vn.lienthong.messagelog.timestamp;

/** A time-stamp token that does not verify: bad signature, wrong imprint, untrusted or unfit TSA certificate. */
public final class TimeStampVerificationException extends Exception {

    public TimeStampVerificationException(String message) {
        super(message);
    }

    public TimeStampVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
