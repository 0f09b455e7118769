package vn.lienthong.certs.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import vn.lienthong.certs.files.AtomicFiles;

/** The demo PKI's one key store password: 32 URL-safe characters from {@link SecureRandom}, in an owner-only file. */
final class KeystorePassword {

    /** 24 random bytes are 192 bits and exactly 32 unpadded Base64 characters. */
    private static final int RANDOM_BYTES = 24;

    private KeystorePassword() {
    }

    static char[] create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AtomicFiles.createPrivateDirectory(file.getParent());
        AtomicFiles.writeSecret(file, password.getBytes(StandardCharsets.US_ASCII));
        return password.toCharArray();
    }

    static char[] read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException("the key store password file " + file + " is empty: restore it, or delete "
                    + file.getParent().getParent() + " to generate a new demo PKI");
        }
        return password.toCharArray();
    }
}
