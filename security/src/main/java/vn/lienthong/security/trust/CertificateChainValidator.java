package vn.lienthong.security.trust;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PKIX validation of a certificate chain to an approved root at a given instant.
 *
 * <p>The path is assembled from the presented chain plus the known intermediates of {@link TrustAnchors}
 * (matching issuer names and verifying each signature), then checked for validity dates, for the key
 * usage the {@link CertificatePurpose} needs, by the JDK's PKIX validator (once per distinct chain: a path
 * that passed is remembered), and finally by the {@link RevocationChecker}. Thread-safe.
 */
public final class CertificateChainValidator {

    private static final int MAX_PATH_LENGTH = 8;
    /** Paths remembered; past this many distinct chains the memory starts over. */
    private static final int REMEMBERED_PATHS = 4096;

    private final TrustAnchors anchors;
    private final RevocationChecker revocation;
    /**
     * Chains (as presented) already built into a path to an approved root and accepted by PKIX. Building and
     * PKIX depend only on the certificates and the anchors, which this validator holds for its lifetime;
     * dates, key usage and revocation are still checked on every call. Failures are never remembered.
     */
    private final Map<List<X509Certificate>, List<X509Certificate>> validatedPaths = new ConcurrentHashMap<>();

    public CertificateChainValidator(TrustAnchors anchors, RevocationChecker revocation) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    /**
     * Validates {@code chain} (leaf first; intermediates optional, a root may be included) at {@code at}.
     *
     * @return the validated path, leaf first, ending with the approved root
     * @throws CertificateValidationException when the chain is not acceptable
     */
    public List<X509Certificate> validate(List<X509Certificate> chain, Instant at, CertificatePurpose purpose)
            throws CertificateValidationException {
        if (chain == null || chain.isEmpty()) {
            throw new CertificateValidationException(CertificateValidationException.Reason.INVALID_CHAIN,
                    "no certificate was presented");
        }
        X509Certificate leaf = chain.get(0);
        if (leaf.getBasicConstraints() >= 0) {
            throw new CertificateValidationException(CertificateValidationException.Reason.WRONG_KEY_USAGE,
                    "certificate " + subject(leaf) + " is a CA certificate, not an end-entity certificate");
        }
        List<X509Certificate> known = validatedPaths.get(chain);
        List<X509Certificate> path = known != null ? known : assemble(chain);
        for (X509Certificate certificate : path) {
            checkDates(certificate, at);
        }
        purpose.check(leaf);
        if (known == null) {
            runPkix(path, at);
            remember(chain, List.copyOf(path));
        }
        revocation.check(List.copyOf(path), at);
        return List.copyOf(path);
    }

    private void remember(List<X509Certificate> chain, List<X509Certificate> path) {
        if (validatedPaths.size() >= REMEMBERED_PATHS) {
            validatedPaths.clear();
        }
        validatedPaths.put(List.copyOf(chain), path);
    }

    private List<X509Certificate> assemble(List<X509Certificate> chain) throws CertificateValidationException {
        List<X509Certificate> pool = new ArrayList<>(chain.subList(1, chain.size()));
        pool.addAll(anchors.intermediates());
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = chain.get(0);
        path.add(current);
        while (path.size() <= MAX_PATH_LENGTH) {
            X509Certificate root = issuerAmong(current, anchors.roots());
            if (root != null) {
                path.add(root);
                return path;
            }
            X509Certificate next = issuerAmong(current, pool);
            if (next == null || path.contains(next)) {
                throw new CertificateValidationException(CertificateValidationException.Reason.UNKNOWN_CA,
                        "certificate " + subject(chain.get(0)) + " was not issued by an approved certification authority"
                                + " (no approved CA found for issuer " + current.getIssuerX500Principal().getName() + ")");
            }
            path.add(next);
            current = next;
        }
        throw new CertificateValidationException(CertificateValidationException.Reason.INVALID_CHAIN,
                "certificate chain of " + subject(chain.get(0)) + " is longer than " + MAX_PATH_LENGTH);
    }

    private static X509Certificate issuerAmong(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkDates(X509Certificate certificate, Instant at) throws CertificateValidationException {
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new CertificateValidationException(CertificateValidationException.Reason.EXPIRED,
                    "certificate " + subject(certificate) + " expired at " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new CertificateValidationException(CertificateValidationException.Reason.NOT_YET_VALID,
                    "certificate " + subject(certificate) + " is not valid before "
                            + certificate.getNotBefore().toInstant());
        }
    }

    private void runPkix(List<X509Certificate> path, Instant at) throws CertificateValidationException {
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509")
                    .generateCertPath(path.subList(0, path.size() - 1));
            PKIXParameters parameters = new PKIXParameters(anchors.pkixAnchors());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (CertPathValidatorException e) {
            throw new CertificateValidationException(reasonOf(e),
                    "certificate chain of " + subject(path.get(0)) + " is not valid: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new CertificateValidationException(CertificateValidationException.Reason.INVALID_CHAIN,
                    "certificate chain of " + subject(path.get(0)) + " cannot be validated", e);
        }
    }

    private static CertificateValidationException.Reason reasonOf(CertPathValidatorException e) {
        if (e.getReason() == BasicReason.EXPIRED) {
            return CertificateValidationException.Reason.EXPIRED;
        }
        if (e.getReason() == BasicReason.NOT_YET_VALID) {
            return CertificateValidationException.Reason.NOT_YET_VALID;
        }
        if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
            return CertificateValidationException.Reason.UNKNOWN_CA;
        }
        if (e.getReason() == PKIXReason.INVALID_KEY_USAGE) {
            return CertificateValidationException.Reason.WRONG_KEY_USAGE;
        }
        return CertificateValidationException.Reason.INVALID_CHAIN;
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
