package vn.lienthong.globalconf.request;

import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.registry.Registry;

/**
 * Registers a security server's TLS authentication certificate (by its SHA-256). For a server the registry does not
 * know yet, approval creates it at {@code host:port}: this is how a new agency's server joins.
 */
public record RegisterAuthCertificate(MemberId requester, SecurityServerId server, String host, int port,
        X509Certificate certificate) implements ManagementRequest {

    public static final String TYPE = "registerAuthCertificate";

    public RegisterAuthCertificate {
        Objects.requireNonNull(certificate, "certificate");
        ChangeAddress.requireAddress(host, port);
    }

    public String certificateHash() {
        return Certificates.sha256Hex(certificate);
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
        registry.requireMember(server.owner());
        Optional<SecurityServerInfo> existing = registry.server(server);
        if (existing.isEmpty()) {
            return registry.withServer(new SecurityServerInfo(server, host, port, Set.of(certificateHash()), Set.of()));
        }
        SecurityServerInfo s = existing.get();
        Set<String> hashes = new HashSet<>(s.authCertHashes());
        hashes.add(certificateHash());
        return registry.withServer(new SecurityServerInfo(s.id(), s.host(), s.port(), hashes, s.clients()));
    }

    @Override
    public String summary() {
        return "register authentication certificate " + certificateHash() + " for security server " + server
                + " at " + host + ":" + port;
    }
}
