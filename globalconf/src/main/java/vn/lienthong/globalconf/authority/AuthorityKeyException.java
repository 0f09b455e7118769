package vn.lienthong.globalconf.authority;

import vn.lienthong.conf.ConfException;

/** The authority's signing keys cannot be used (wrong password, missing or damaged key store); the message says why. */
public final class AuthorityKeyException extends ConfException {

    public AuthorityKeyException(String message) {
        super(message);
    }

    public AuthorityKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
