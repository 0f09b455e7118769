package vn.lienthong.conf.global;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;

/**
 * What every security server of the instance agrees on: members, security servers, approved CAs and
 * global groups. Today it is read from a federation file; a signed, distributed global configuration
 * will implement the same interface.
 */
public interface GlobalConf {

    String instance();

    List<MemberInfo> members();

    Optional<MemberInfo> member(MemberId id);

    /** True when the client is a registered member, or a registered subsystem of one. */
    default boolean isRegistered(ClientId client) {
        return member(client.member())
                .map(m -> !client.isSubsystem() || m.subsystems().contains(client.subsystemCode()))
                .orElse(false);
    }

    List<SecurityServerInfo> securityServers();

    /** The security server that serves this client (member or subsystem), if any. */
    default Optional<SecurityServerInfo> serverOf(ClientId client) {
        return securityServers().stream().filter(s -> s.serves(client)).findFirst();
    }

    /** The security server whose registered authentication certificate has this SHA-256 hash. */
    default Optional<SecurityServerInfo> serverByAuthCertHash(String sha256Hex) {
        return securityServers().stream().filter(s -> s.authCertHashes().contains(sha256Hex)).findFirst();
    }

    /** Root certificates of the approved certification authorities (the trust anchors). */
    List<X509Certificate> approvedCaRoots();

    /** Intermediate certificates of the approved certification authorities. */
    List<X509Certificate> approvedCaIntermediates();

    /**
     * The OCSP responder of each approved CA, by the subject of the CA certificate that issues end-entity
     * certificates (the name OCSP requests are asked about).
     */
    default Map<X500Principal, URI> ocspResponders() {
        return Map.of();
    }

    /** Whether the client belongs to the global group with this code. */
    boolean isInGroup(ClientId client, String groupCode);

    /** When this configuration stops being valid; a server must not act on it afterwards. */
    Instant expiresAt();
}
