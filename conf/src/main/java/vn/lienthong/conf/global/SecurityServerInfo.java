package vn.lienthong.conf.global;

import java.util.Set;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * A registered security server: where its server proxy listens, the SHA-256 hashes (lowercase hex) of
 * its registered authentication certificates, and the clients (members and subsystems) it serves.
 */
public record SecurityServerInfo(SecurityServerId id, String host, int port, Set<String> authCertHashes,
        Set<ClientId> clients) {

    public SecurityServerInfo {
        authCertHashes = Set.copyOf(authCertHashes);
        clients = Set.copyOf(clients);
    }

    public String address() {
        return host + ":" + port;
    }

    public boolean serves(ClientId client) {
        return clients.contains(client) || clients.contains(client.member().asClient());
    }
}
