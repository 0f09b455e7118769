package vn.lienthong.globalconf.request;

import java.util.Set;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.registry.RegistryException;

/** Moves a registered security server's server proxy to a new host and port. */
public record ChangeAddress(MemberId requester, SecurityServerId server, String host, int port)
        implements ManagementRequest {

    public static final String TYPE = "changeAddress";

    public ChangeAddress {
        requireAddress(host, port);
    }

    static void requireAddress(String host, int port) {
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            throw new RegistryException("bad host '" + host + "': give a host name or IP address");
        }
        if (port < 1 || port > 65535) {
            throw new RegistryException("bad port " + port + ": give 1 to 65535");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<MemberId> authorizedRequesters() {
        return Set.of(server.owner());
    }

    @Override
    public Registry applyTo(Registry registry) {
        SecurityServerInfo s = registry.requireServer(server);
        return registry.withServer(new SecurityServerInfo(s.id(), host, port, s.authCertHashes(), s.clients()));
    }

    @Override
    public String summary() {
        return "change the address of security server " + server + " to " + host + ":" + port;
    }
}
