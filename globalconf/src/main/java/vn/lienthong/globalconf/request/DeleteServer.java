package vn.lienthong.globalconf.request;

import java.util.Set;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.registry.Registry;

/** Removes a security server, with its authentication certificates and clients, from the registry. */
public record DeleteServer(MemberId requester, SecurityServerId server) implements ManagementRequest {

    public static final String TYPE = "deleteServer";

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
        return registry.withoutServer(server);
    }

    @Override
    public String summary() {
        return "delete security server " + server;
    }
}
