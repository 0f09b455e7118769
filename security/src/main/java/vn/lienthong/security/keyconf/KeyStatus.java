package vn.lienthong.security.keyconf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import vn.lienthong.security.ocsp.OcspStatus;
import vn.lienthong.security.token.KeyType;

/**
 * One line of {@code keys list}: a key, its certificate's validity and its revocation status.
 *
 * @param daysToExpiry   whole days from now to the certificate's notAfter (negative once expired); empty
 *                       without a certificate
 * @param expiresSoon    the certificate expires within the configured warning period (or has expired)
 * @param revocation     the OCSP status and when it was fetched, if asked for
 */
public record KeyStatus(String token, KeyRecord key, KeyType type, Optional<X509Certificate> certificate,
                        Optional<Long> daysToExpiry, boolean expiresSoon, Optional<OcspStatus> revocation) {

    public Optional<Instant> validFrom() {
        return certificate.map(c -> c.getNotBefore().toInstant());
    }

    public Optional<Instant> validTo() {
        return certificate.map(c -> c.getNotAfter().toInstant());
    }
}
