package vn.lienthong.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The loopback ports of the demo federation. The fixed set is what README documents (the Public Service
 * Portal's client proxy on 8080, as X-Road's convention for information systems); tests take free ones.
 */
public record DemoPorts(int portalClientProxy, int portalServerProxy, int npdClientProxy, int npdServerProxy,
        int provinceClientProxy, int provinceServerProxy, int npdProviderSystem, int ocspResponder,
        int timeStampingAuthority, int configurationAuthority, int healthClientProxy, int healthServerProxy,
        int justiceClientProxy, int justiceServerProxy, int insuranceClientProxy, int insuranceServerProxy,
        int insuranceNotifications) {

    public static DemoPorts standard() {
        return new DemoPorts(8080, 5500, 8081, 5501, 8082, 5502, 8090, 8091, 8092, 8093, 8083, 5503,
                8084, 5504, 8085, 5505, 8094);
    }

    public static DemoPorts free() {
        return new DemoPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
