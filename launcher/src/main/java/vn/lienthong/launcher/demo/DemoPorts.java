package vn.lienthong.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * Seventeen different ports that are free now, taken below the range the OS hands out to outgoing connections
     * (32768 and up on Linux): a port the OS picked with {@code new ServerSocket(0)} comes from that range, and an
     * outgoing connection of the same JVM could take it as its local port before a server binds it.
     */
    public static DemoPorts free() {
        Set<Integer> taken = new HashSet<>();
        int[] p = new int[17];
        for (int i = 0; i < p.length; i++) {
            p[i] = freePort(taken);
        }
        return new DemoPorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13],
                p[14], p[15], p[16]);
    }

    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;
    private static final int ATTEMPTS = 1_000;

    private static int freePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL);
            if (!taken.contains(port) && bindable(port)) {
                taken.add(port);
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + LOWEST + " and "
                + BELOW_EPHEMERAL + " after " + ATTEMPTS + " tries"));
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
