package vn.lienthong.globalconf.registry;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A certification authority whose member and server certificates the instance accepts, with its OCSP responders. */
public record ApprovedCa(String name, X509Certificate root, List<X509Certificate> intermediates,
        List<URI> ocspResponders) {

    public ApprovedCa {
        if (name == null || name.isBlank()) {
            throw new RegistryException("an approved CA needs a name");
        }
        Objects.requireNonNull(root, "root");
        intermediates = List.copyOf(intermediates);
        ocspResponders = List.copyOf(ocspResponders);
    }
}
