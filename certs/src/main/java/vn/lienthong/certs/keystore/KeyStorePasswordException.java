package vn.lienthong.certs.keystore;

import java.io.IOException;
import java.nio.file.Path;

/** A PKCS#12 file could not be opened because the password is not the one it was written with. */
public final class KeyStorePasswordException extends IOException {

    private final Path file;

    KeyStorePasswordException(Path file, Throwable cause) {
        super("the password does not open key store " + file
                + ": use the password the key store was written with", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
