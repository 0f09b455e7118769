package vn.lienthong.security.trust;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;

/** What an end-entity certificate is about to be used for, and the key usage that this requires. */
public enum CertificatePurpose {

    /** Signing SOAP messages: digitalSignature or nonRepudiation. */
    MESSAGE_SIGNING(null),
    /** A security server presenting itself as a TLS client: digitalSignature and extended key usage clientAuth. */
    TLS_CLIENT("1.3.6.1.5.5.7.3.2"),
    /** A security server presenting itself as a TLS server: digitalSignature and extended key usage serverAuth. */
    TLS_SERVER("1.3.6.1.5.5.7.3.1");

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private final String extendedKeyUsage;

    CertificatePurpose(String extendedKeyUsage) {
        this.extendedKeyUsage = extendedKeyUsage;
    }

    void check(X509Certificate leaf) throws CertificateValidationException {
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage == null) {
            throw wrongUsage(leaf, "has no key usage extension");
        }
        boolean signs = keyUsage.length > DIGITAL_SIGNATURE && keyUsage[DIGITAL_SIGNATURE];
        boolean nonRepudiation = keyUsage.length > NON_REPUDIATION && keyUsage[NON_REPUDIATION];
        if (this == MESSAGE_SIGNING ? !(signs || nonRepudiation) : !signs) {
            throw wrongUsage(leaf, "does not allow " + (this == MESSAGE_SIGNING
                    ? "digitalSignature or nonRepudiation" : "digitalSignature"));
        }
        if (extendedKeyUsage != null) {
            List<String> ekus;
            try {
                ekus = leaf.getExtendedKeyUsage();
            } catch (CertificateParsingException e) {
                throw new CertificateValidationException(CertificateValidationException.Reason.INVALID_CHAIN,
                        "extended key usage of " + leaf.getSubjectX500Principal().getName() + " is unreadable", e);
            }
            // Required, not merely "checked if present": a member signing certificate (no EKU) must not
            // authenticate a security server.
            if (ekus == null || !ekus.contains(extendedKeyUsage) && !ekus.contains(ANY_EXTENDED_KEY_USAGE)) {
                throw wrongUsage(leaf, "lacks extended key usage " + extendedKeyUsage);
            }
        }
    }

    private CertificateValidationException wrongUsage(X509Certificate leaf, String problem) {
        return new CertificateValidationException(CertificateValidationException.Reason.WRONG_KEY_USAGE,
                "certificate " + leaf.getSubjectX500Principal().getName() + " " + problem
                        + " (needed for " + name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }
}
