package vn.lienthong.security.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether any certificate of an already path-validated chain has been revoked.
 *
 * <p>{@link CertificateChainValidator} calls it after the PKIX checks succeeded, with the full path
 * (leaf first, approved root last). Implementations: {@link RevocationChecking#disabled()} and
 * {@code vn.lienthong.security.ocsp.OcspRevocationChecker}; they refuse with reason {@code REVOKED} or
 * {@code REVOCATION_UNKNOWN}.
 */
@FunctionalInterface
public interface RevocationChecker {

    void check(List<X509Certificate> path, Instant at) throws CertificateValidationException;
}
