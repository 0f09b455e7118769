package vn.lienthong.globalconf.authority;

import vn.lienthong.conf.ConfException;

/** An administrator's decision cannot be taken: no such request, or it was decided already. */
public final class RequestDecisionException extends ConfException {

    public RequestDecisionException(String message) {
        super(message);
    }
}
