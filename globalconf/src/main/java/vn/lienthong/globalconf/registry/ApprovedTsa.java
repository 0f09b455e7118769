package vn.lienthong.globalconf.registry;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A time-stamping authority (RFC 3161) the instance accepts: where it answers and the certificate it signs with. */
public record ApprovedTsa(String name, URI url, X509Certificate certificate) {

    public ApprovedTsa {
        if (name == null || name.isBlank()) {
            throw new RegistryException("an approved TSA needs a name");
        }
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(certificate, "certificate");
    }
}
