package vn.lienthong.globalconf.client;

/** No global configuration was ever obtained: no cached copy, and no download has succeeded yet. */
public final class GlobalConfUnavailableException extends RuntimeException {

    public GlobalConfUnavailableException(String message) {
        super(message);
    }
}
