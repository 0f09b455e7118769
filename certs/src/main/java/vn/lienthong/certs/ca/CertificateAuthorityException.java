package vn.lienthong.certs.ca;

/** The CA cannot do what was asked: its directory is missing, damaged or unreadable, or crypto failed. */
public class CertificateAuthorityException extends RuntimeException {

    public CertificateAuthorityException(String message) {
        super(message);
    }

    public CertificateAuthorityException(String message, Throwable cause) {
        super(message, cause);
    }
}
