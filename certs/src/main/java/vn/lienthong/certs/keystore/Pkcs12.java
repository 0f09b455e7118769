package vn.lienthong.certs.keystore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.lienthong.certs.files.AtomicFiles;

/**
 * PKCS#12 key stores holding one private key and its certificate chain under one alias, written and read
 * with the JDK's own {@code PKCS12} key store (PBES2/AES-256 and an HMAC-SHA-256 integrity MAC on Java 17),
 * so that {@code KeyStore.getInstance("PKCS12")}, WSS4J's Merlin and {@code openssl pkcs12} all read them.
 */
public final class Pkcs12 {

    /** A private key with its chain, leaf first. */
    public record KeyEntry(PrivateKey privateKey, List<X509Certificate> chain) {

        public KeyEntry {
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a key entry needs at least its own certificate");
            }
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private Pkcs12() {
    }

    /**
     * Writes a key store with the single entry {@code alias}, protecting the store and the key with
     * {@code password}; the file is replaced atomically and is readable by its owner only.
     */
    public static void write(Path file, String alias, KeyEntry entry, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, entry.privateKey(), password, entry.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            AtomicFiles.writeSecret(file, bytes.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write key store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads a PKCS#12 file; a wrong password gives {@link KeyStorePasswordException}. */
    public static KeyStore load(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyStorePasswordException(file, e);
            }
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read key store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the key entry {@code alias}; fails with a message naming the aliases present if it is missing. */
    public static KeyEntry read(Path file, String alias, char[] password) throws IOException {
        KeyStore store = load(file, password);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new IOException("key store " + file + " has no private key entry '" + alias
                        + "'; it holds " + Collections.list(store.aliases()));
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) certificate);
            }
            return new KeyEntry(key, chain);
        } catch (UnrecoverableKeyException e) {
            throw new KeyStorePasswordException(file, e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read entry '" + alias + "' of key store " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
