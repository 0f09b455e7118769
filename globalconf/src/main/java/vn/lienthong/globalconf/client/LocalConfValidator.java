package vn.lienthong.globalconf.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.globalconf.client.LocalConfProblem.Kind;

/**
 * Checks a server's local configuration against the global one: its owner is a member, the server is registered,
 * every local client is registered and registered to this server, and its authentication certificates are
 * registered for it. Returns every problem found (an empty list when all is well), never throws for one.
 */
public final class LocalConfValidator {

    private LocalConfValidator() {
    }

    public static List<LocalConfProblem> validate(LocalServerIdentity local, GlobalConf global) {
        List<LocalConfProblem> problems = new ArrayList<>();
        if (global.member(local.server().owner()).isEmpty()) {
            problems.add(new LocalConfProblem(Kind.OWNER_NOT_REGISTERED, "the owner " + local.server().owner()
                    + " is not a member of " + global.instance() + ": the authority must register it"));
        }
        Optional<SecurityServerInfo> registered = global.securityServers().stream()
                .filter(s -> s.id().equals(local.server())).findFirst();
        if (registered.isEmpty()) {
            problems.add(new LocalConfProblem(Kind.SERVER_NOT_REGISTERED, "security server " + local.server()
                    + " is not registered: submit 'lienthong globalconf request register-auth-cert' and have it"
                    + " approved"));
        }
        for (ClientId client : local.clients().stream().sorted(Comparator.comparing(ClientId::toString)).toList()) {
            if (!global.isRegistered(client)) {
                problems.add(new LocalConfProblem(Kind.CLIENT_NOT_REGISTERED, "client " + client
                        + " is not registered in " + global.instance() + ": submit 'lienthong globalconf request"
                        + " register-subsystem' and have it approved"));
            } else if (registered.isPresent() && !registered.get().serves(client)) {
                problems.add(new LocalConfProblem(Kind.CLIENT_NOT_ON_THIS_SERVER, "client " + client
                        + " is not registered to this server " + local.server() + ": submit 'lienthong globalconf"
                        + " request register-subsystem', or remove it from the local configuration"));
            }
        }
        for (String hash : local.authCertHashes().stream().sorted().toList()) {
            Optional<SecurityServerInfo> holder = global.serverByAuthCertHash(hash);
            if (holder.isEmpty()) {
                problems.add(new LocalConfProblem(Kind.AUTH_CERT_NOT_REGISTERED, "authentication certificate "
                        + hash + " is not registered: submit 'lienthong globalconf request register-auth-cert'"
                        + " and have it approved; other servers refuse TLS from it until then"));
            } else if (!holder.get().id().equals(local.server())) {
                problems.add(new LocalConfProblem(Kind.AUTH_CERT_OF_ANOTHER_SERVER, "authentication certificate "
                        + hash + " is registered for " + holder.get().id() + ", not for " + local.server()
                        + ": use this server's own authentication key"));
            }
        }
        return problems;
    }
}
