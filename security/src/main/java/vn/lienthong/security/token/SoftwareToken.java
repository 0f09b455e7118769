package vn.lienthong.security.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;

/**
 * A software token: one password-protected PKCS#12 file holding every key of the token, each entry
 * protected by the same password. Changes are written to a temporary file next to it and moved into place
 * atomically, so a crash never leaves half a key store (mode 600 where the file system knows POSIX modes).
 */
public final class SoftwareToken extends KeyStoreToken {

    private final Path file;
    private final KeyStore store;
    private final char[] password;

    private SoftwareToken(String name, Path file, KeyStore store, char[] password) {
        super(name, store, password, null);
        this.file = file;
        this.store = store;
        this.password = password;
    }

    /** Opens the token file, creating an empty one when it does not exist yet. */
    public static SoftwareToken openOrCreate(String name, Path file, char[] password) throws TokenException {
        if (Files.exists(file)) {
            return open(name, file, password);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            SoftwareToken token = new SoftwareToken(name, file, store, password.clone());
            token.persist();
            return token;
        } catch (GeneralSecurityException | IOException e) {
            throw new TokenException(TokenException.Reason.FAILED, "cannot create token file " + file, e);
        }
    }

    /**
     * Opens an existing token file.
     *
     * @throws TokenException {@code UNAVAILABLE} when the file is missing or unreadable,
     *                        {@code WRONG_PASSWORD} when the password does not open it
     */
    public static SoftwareToken open(String name, Path file, char[] password) throws TokenException {
        if (!Files.isRegularFile(file)) {
            throw new TokenException(TokenException.Reason.UNAVAILABLE, "token file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new SoftwareToken(name, file, store, password.clone());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TokenException(TokenException.Reason.WRONG_PASSWORD,
                        "wrong password for token " + name + " (" + file.getFileName() + ")");
            }
            throw new TokenException(TokenException.Reason.UNAVAILABLE, "token file " + file
                    + " is not a readable PKCS#12 key store: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TokenException(TokenException.Reason.UNAVAILABLE, "token file " + file
                    + " is not a readable PKCS#12 key store: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    void persist() throws TokenException {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw failed("cannot write " + file, e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        // Nothing is held open: every change was written when it was made.
    }
}
