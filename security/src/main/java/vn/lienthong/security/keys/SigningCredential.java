package vn.lienthong.security.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain, leaf first: what the security server signs, decrypts and
 * authenticates with.
 *
 * <p>{@code provider} is the JCA provider that holds the key when it lives in a hardware token (a configured
 * SunPKCS11 instance, which is not registered globally); {@code null} for software keys, which any default
 * provider can use. {@link #toString()} names the leaf certificate only; it never prints key material.
 */
public record SigningCredential(PrivateKey privateKey, X509Certificate[] chain, Provider provider) {

    /** A software key: the JDK's default providers sign and decrypt with it. */
    public SigningCredential(PrivateKey privateKey, X509Certificate[] chain) {
        this(privateKey, chain, null);
    }

    public SigningCredential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(chain, "chain");
        if (chain.length == 0) {
            throw new IllegalArgumentException("a signing credential needs at least its own certificate");
        }
        chain = chain.clone();
        for (X509Certificate certificate : chain) {
            Objects.requireNonNull(certificate, "chain element");
        }
        if (!chain[0].getPublicKey().getAlgorithm().equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("private key algorithm " + privateKey.getAlgorithm()
                    + " does not match the leaf certificate key algorithm " + chain[0].getPublicKey().getAlgorithm());
        }
    }

    /**
     * Loads the key entry {@code alias} of a PKCS#12 file.
     *
     * @throws CredentialLoadException with reason {@code FILE_MISSING}, {@code WRONG_PASSWORD},
     *         {@code ALIAS_MISSING}, {@code NOT_A_KEY_ENTRY} or {@code UNREADABLE}
     */
    public static SigningCredential fromPkcs12(Path file, char[] password, String alias)
            throws CredentialLoadException {
        if (!Files.isRegularFile(file)) {
            throw new CredentialLoadException(CredentialLoadException.Reason.FILE_MISSING,
                    "key store file not found: " + file);
        }
        KeyStore store = load(file, password);
        try {
            if (!store.containsAlias(alias)) {
                throw new CredentialLoadException(CredentialLoadException.Reason.ALIAS_MISSING,
                        "key store " + file.getFileName() + " has no entry '" + alias + "'");
            }
            if (!store.isKeyEntry(alias)) {
                throw new CredentialLoadException(CredentialLoadException.Reason.NOT_A_KEY_ENTRY,
                        "entry '" + alias + "' of " + file.getFileName() + " holds no private key");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            X509Certificate[] chain = Arrays.stream(certificates)
                    .map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
            return new SigningCredential(key, chain);
        } catch (UnrecoverableKeyException e) {
            throw new CredentialLoadException(CredentialLoadException.Reason.WRONG_PASSWORD,
                    "wrong password for key entry '" + alias + "' of " + file.getFileName(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new CredentialLoadException(CredentialLoadException.Reason.UNREADABLE,
                    "key entry '" + alias + "' of " + file.getFileName() + " cannot be read", e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws CredentialLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CredentialLoadException(CredentialLoadException.Reason.WRONG_PASSWORD,
                        "wrong password for key store " + file.getFileName(), e);
            }
            throw new CredentialLoadException(CredentialLoadException.Reason.UNREADABLE,
                    "not a readable PKCS#12 key store: " + file.getFileName(), e);
        } catch (GeneralSecurityException e) {
            throw new CredentialLoadException(CredentialLoadException.Reason.UNREADABLE,
                    "not a readable PKCS#12 key store: " + file.getFileName(), e);
        }
    }

    /** The end-entity certificate. */
    public X509Certificate certificate() {
        return chain[0];
    }

    /** The chain, leaf first (a copy). */
    @Override
    public X509Certificate[] chain() {
        return chain.clone();
    }

    public List<X509Certificate> chainList() {
        return List.of(chain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningCredential that
                && privateKey.equals(that.privateKey) && Arrays.equals(chain, that.chain)
                && Objects.equals(provider, that.provider);
    }

    @Override
    public int hashCode() {
        return 31 * privateKey.hashCode() + Arrays.hashCode(chain);
    }

    @Override
    public String toString() {
        return "SigningCredential[" + privateKey.getAlgorithm() + " key for "
                + chain[0].getSubjectX500Principal().getName() + ", chain of " + chain.length
                + (provider == null ? "" : ", in " + provider.getName()) + "]";
    }
}
