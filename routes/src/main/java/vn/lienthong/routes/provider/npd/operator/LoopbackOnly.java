package vn.lienthong.routes.provider.npd.operator;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who may call the operator endpoint: only processes on the NPD's own host (127.0.0.0/8, ::1). */
final class LoopbackOnly {

    private LoopbackOnly() {
    }

    /** Whether the caller's address (an IP literal, as the servlet container gives it) is a loopback address. */
    static boolean allows(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
