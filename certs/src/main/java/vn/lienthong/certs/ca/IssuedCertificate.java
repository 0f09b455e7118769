package vn.lienthong.certs.ca;

import java.math.BigInteger;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/** One entry of the CA's index of issued certificates. */
public record IssuedCertificate(BigInteger serialNumber, CertificateType type, CertificateStatus status,
                                Instant notAfter, X500Principal subject) {
}
