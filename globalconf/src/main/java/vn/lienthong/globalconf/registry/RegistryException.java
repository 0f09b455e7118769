package vn.lienthong.globalconf.registry;

import vn.lienthong.conf.ConfException;

/** An edit that does not fit the registry (unknown member, duplicate, foreign instance); the message names the fix. */
public final class RegistryException extends ConfException {

    public RegistryException(String message) {
        super(message);
    }
}
