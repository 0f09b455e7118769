package vn.lienthong.certs.ca;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509CRL;

/**
 * A certificate revocation list the CA signed, and where it wrote it.
 *
 * @param number  the CRL number (the cRLNumber extension), one more than the previous CRL's
 * @param derFile {@code crl/crl.der} in the CA directory
 * @param pemFile {@code crl/crl.pem} in the CA directory
 */
public record IssuedCrl(X509CRL crl, BigInteger number, Path derFile, Path pemFile) {
}
