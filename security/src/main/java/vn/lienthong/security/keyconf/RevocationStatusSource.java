package vn.lienthong.security.keyconf;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import vn.lienthong.security.ocsp.OcspStatus;

/** Where {@code keys list} gets the OCSP status of an issued certificate. */
@FunctionalInterface
public interface RevocationStatusSource {

    /** The status of {@code chain.get(0)}; {@code chain.get(1)} is its issuer. Never throws. */
    Optional<OcspStatus> statusOf(List<X509Certificate> chain);

    /** Lists keys without asking any OCSP responder. */
    static RevocationStatusSource none() {
        return chain -> Optional.empty();
    }
}
