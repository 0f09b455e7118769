package vn.lienthong.security.keyconf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import vn.lienthong.security.keyconf.KeyManagementException.Reason;
import vn.lienthong.security.token.TokenKey;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.CertificatePurpose;
import vn.lienthong.security.trust.CertificateValidationException;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.trust.TrustAnchors;

/**
 * Decides whether an issued certificate may be imported for a key: it matches the key, has not expired,
 * chains to an approved CA, allows the usage of the key's purpose and names the purpose's owner.
 */
final class IssuedCertificateCheck {

    private final CertificateChainValidator validator;

    IssuedCertificateCheck(TrustAnchors approvedCas) {
        // Revocation is the OCSP checker's job at run time; an officer imports what the CA just issued.
        this.validator = new CertificateChainValidator(approvedCas, RevocationChecking.disabled());
    }

    /** @return the validated path, leaf first, ending with the approved root: what the token stores */
    List<X509Certificate> check(List<X509Certificate> presented, TokenKey key, KeyPurpose purpose, Instant now)
            throws KeyManagementException {
        X509Certificate leaf = presented.get(0);
        String serial = leaf.getSerialNumber().toString(16);
        if (!leaf.getPublicKey().equals(key.publicKey())) {
            throw new KeyManagementException(Reason.CERTIFICATE_MISMATCH, "certificate does not match key "
                    + key.alias() + " (serial " + serial + "): import the certificate the CA issued for this key's CSR");
        }
        if (leaf.getNotAfter().toInstant().isBefore(now)) {
            throw new KeyManagementException(Reason.CERTIFICATE_EXPIRED, "certificate expired at "
                    + leaf.getNotAfter().toInstant() + " (serial " + serial
                    + "): ask the CA for a new certificate (lienthong keys renew)");
        }
        List<X509Certificate> path = null;
        for (CertificatePurpose usage : purpose.certificatePurposes()) {
            path = validate(presented, usage, now, serial);
        }
        if (!purpose.subject().equals(leaf.getSubjectX500Principal())) {
            throw new KeyManagementException(Reason.WRONG_SUBJECT, "certificate subject "
                    + leaf.getSubjectX500Principal().getName() + " does not name " + purpose
                    + " (expected " + purpose.subject().getName() + "): ask the CA to issue it for the key's CSR");
        }
        return path;
    }

    private List<X509Certificate> validate(List<X509Certificate> presented, CertificatePurpose usage, Instant now,
                                           String serial) throws KeyManagementException {
        try {
            return validator.validate(presented, now, usage);
        } catch (CertificateValidationException e) {
            throw switch (e.reason()) {
                case UNKNOWN_CA -> new KeyManagementException(Reason.CA_NOT_APPROVED, "CA not approved: "
                        + presented.get(0).getIssuerX500Principal().getName()
                        + " is not an approved certification authority of the federation;"
                        + " request the certificate from an approved CA");
                case EXPIRED -> new KeyManagementException(Reason.CERTIFICATE_EXPIRED, "certificate expired: "
                        + e.getMessage() + "; ask the CA for a new certificate");
                case NOT_YET_VALID -> new KeyManagementException(Reason.CERTIFICATE_NOT_YET_VALID,
                        "certificate not yet valid: " + e.getMessage() + "; import it once it is valid");
                default -> new KeyManagementException(Reason.CERTIFICATE_REFUSED, "certificate refused (serial "
                        + serial + "): " + e.getMessage() + "; ask the CA for a certificate with the right usage");
            };
        }
    }
}
