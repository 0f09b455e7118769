package vn.lienthong.globalconf.request;

import java.util.HashSet;
import java.util.Set;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.registry.RegistryException;

/** Stops a security server from serving a client; the server's owner or the client's member may ask. */
public record DeleteClient(MemberId requester, SecurityServerId server, ClientId client) implements ManagementRequest {

    public static final String TYPE = "deleteClient";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<MemberId> authorizedRequesters() {
        return Set.of(server.owner(), client.member());
    }

    @Override
    public Registry applyTo(Registry registry) {
        SecurityServerInfo s = registry.requireServer(server);
        if (!s.clients().contains(client)) {
            throw new RegistryException("security server " + server + " does not serve " + client);
        }
        Set<ClientId> clients = new HashSet<>(s.clients());
        clients.remove(client);
        return registry.withServer(new SecurityServerInfo(s.id(), s.host(), s.port(), s.authCertHashes(), clients));
    }

    @Override
    public String summary() {
        return "delete client " + client + " from security server " + server;
    }
}
