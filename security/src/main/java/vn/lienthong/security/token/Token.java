package vn.lienthong.security.token;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import vn.lienthong.security.keys.SigningCredential;

/**
 * A place that holds private keys: a password-protected PKCS#12 file ({@link SoftwareToken}) or a hardware
 * security module reached through PKCS#11 ({@link Pkcs11Token}).
 *
 * <p>Private keys never leave a hardware token: {@link #credential} hands out a {@link PrivateKey} handle
 * together with the {@link Provider} that can use it, which is what WSS4J signs with. Implementations are
 * thread-safe; {@link #close()} logs out of a hardware token.
 */
public interface Token extends AutoCloseable {

    /** The token's name in the key configuration, e.g. {@code softtoken} or {@code hsm1}. */
    String name();

    /** Every key pair in the token, in alias order. */
    List<TokenKey> keys() throws TokenException;

    /** @throws TokenException {@code NO_SUCH_KEY} when there is no key {@code alias} */
    TokenKey key(String alias) throws TokenException;

    /**
     * Generates a key pair inside the token and stores it under {@code alias} (with a self-signed placeholder
     * certificate, which {@link TokenKey#chain()} does not report, until {@link #importCertificate}).
     *
     * @throws TokenException {@code KEY_EXISTS} when {@code alias} is taken
     */
    TokenKey generateKeyPair(String alias, KeyType type) throws TokenException;

    /** Stores the issued chain (leaf first) with key {@code alias}; the caller has checked that the leaf matches. */
    void importCertificate(String alias, List<X509Certificate> chain) throws TokenException;

    /** Removes key {@code alias} and its certificates from the token. */
    void delete(String alias) throws TokenException;

    /** The private key handle of {@code alias} (for CSRs; sign with {@link #provider()} when present). */
    PrivateKey privateKey(String alias) throws TokenException;

    /** The key and its issued chain, ready for {@code MessageProtector} and {@code MessageVerifier}. */
    SigningCredential credential(String alias) throws TokenException;

    /** The provider that must perform operations with this token's keys; empty for software tokens. */
    Optional<Provider> provider();

    @Override
    void close();
}
