package vn.lienthong.launcher;

import vn.lienthong.conf.ConfException;

/** Turns a failure into the one line a person needs: what is wrong, and where. */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        if (e instanceof ConfException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg = msg + " (" + root.getMessage() + ")";
        }
        return msg;
    }
}
