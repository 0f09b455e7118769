package vn.lienthong.globalconf.request;

import java.util.HashSet;
import java.util.Set;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.registry.RegistryException;

/** Registers a subsystem of the requesting member (creating the subsystem if new) as a client of a server. */
public record RegisterSubsystem(MemberId requester, SecurityServerId server, ClientId client)
        implements ManagementRequest {

    public static final String TYPE = "registerSubsystem";

    public RegisterSubsystem {
        if (!client.isSubsystem()) {
            throw new RegistryException(client + " is a member: give a subsystem, INSTANCE/CLASS/MEMBER/SUBSYSTEM");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<MemberId> authorizedRequesters() {
        return Set.of(client.member());
    }

    @Override
    public Registry applyTo(Registry registry) {
        SecurityServerInfo s = registry.requireServer(server);
        Registry withSubsystem = registry.withSubsystem(client);
        Set<ClientId> clients = new HashSet<>(s.clients());
        clients.add(client);
        return withSubsystem.withServer(new SecurityServerInfo(s.id(), s.host(), s.port(), s.authCertHashes(), clients));
    }

    @Override
    public String summary() {
        return "register subsystem " + client + " on security server " + server;
    }
}
