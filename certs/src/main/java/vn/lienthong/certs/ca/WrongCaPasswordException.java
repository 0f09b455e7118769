package vn.lienthong.certs.ca;

import java.nio.file.Path;

/** The password given to {@link CertificateAuthority#open} does not open the CA's key store. */
public final class WrongCaPasswordException extends CertificateAuthorityException {

    private final Path keyStore;

    WrongCaPasswordException(Path keyStore, Throwable cause) {
        super("the password does not open the CA key store " + keyStore
                + ": give the password that was used when the CA was created with CertificateAuthority.init"
                + " (for a demo PKI it is in secrets/keystore-password next to the ca directory)", cause);
        this.keyStore = keyStore;
    }

    public Path keyStore() {
        return keyStore;
    }
}
