package vn.lienthong.globalconf.client;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * What a security server's local configuration says about itself: its identifier, the clients (members and
 * subsystems) it serves, and the SHA-256 hashes of its authentication certificates.
 */
public record LocalServerIdentity(SecurityServerId server, Set<ClientId> clients, Set<String> authCertHashes) {

    public LocalServerIdentity {
        Objects.requireNonNull(server, "server");
        clients = Set.copyOf(clients);
        authCertHashes = authCertHashes.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
