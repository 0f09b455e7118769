package vn.lienthong.certs.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * One entry of the CA's index of issued certificates.
 *
 * @param revocation when and why the certificate was revoked; present exactly when {@code status} is REVOKED
 */
public record IssuedCertificate(BigInteger serialNumber, CertificateType type, CertificateStatus status,
                                Instant notAfter, X500Principal subject, Revocation revocation) {

    public IssuedCertificate {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if ((status == CertificateStatus.REVOKED) != (revocation != null)) {
            throw new IllegalArgumentException("certificate " + serialNumber.toString(16) + " is " + status
                    + (revocation == null ? " without" : " with") + " a revocation time and reason");
        }
    }

    /** A valid (not revoked) entry. */
    public IssuedCertificate(BigInteger serialNumber, CertificateType type, CertificateStatus status,
                             Instant notAfter, X500Principal subject) {
        this(serialNumber, type, status, notAfter, subject, null);
    }

    /** The serial number as the CA writes it: upper-case hexadecimal. */
    public String serialHex() {
        return IssuedCertificateIndex.hex(serialNumber);
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    IssuedCertificate revoked(Revocation revocation) {
        return new IssuedCertificate(serialNumber, type, CertificateStatus.REVOKED, notAfter, subject, revocation);
    }
}
