package vn.lienthong.certs.ca;

import java.math.BigInteger;

/** The CA was asked about a serial number it never issued. */
public final class UnknownCertificateException extends CertificateAuthorityException {

    private final BigInteger serialNumber;

    UnknownCertificateException(BigInteger serialNumber, String message) {
        super(message);
        this.serialNumber = serialNumber;
    }

    public BigInteger serialNumber() {
        return serialNumber;
    }
}
