package vn.lienthong.security.token;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.lienthong.security.keys.SigningCredential;

/**
 * A {@link Token} over a loaded {@link KeyStore}: PKCS#12 in memory (written back by {@link #persist()}) or
 * a PKCS#11 key store, whose changes take effect in the device at once. Every operation holds the
 * instance lock: {@code KeyStore} is not thread-safe.
 */
abstract class KeyStoreToken implements Token {

    private final String name;
    private final KeyStore store;
    private final char[] entryPassword;
    private final Provider provider;

    KeyStoreToken(String name, KeyStore store, char[] entryPassword, Provider provider) {
        this.name = name;
        this.store = store;
        this.entryPassword = entryPassword;
        this.provider = provider;
    }

    /** Makes the key store's current content durable. */
    abstract void persist() throws TokenException;

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public synchronized List<TokenKey> keys() throws TokenException {
        try {
            List<String> aliases = Collections.list(store.aliases());
            Collections.sort(aliases);
            List<TokenKey> keys = new ArrayList<>();
            for (String alias : aliases) {
                if (store.isKeyEntry(alias)) {
                    keys.add(describe(alias));
                }
            }
            return keys;
        } catch (KeyStoreException e) {
            throw failed("cannot list the keys", e);
        }
    }

    @Override
    public synchronized TokenKey key(String alias) throws TokenException {
        requireKey(alias);
        return describe(alias);
    }

    @Override
    public synchronized TokenKey generateKeyPair(String alias, KeyType type) throws TokenException {
        try {
            if (store.containsAlias(alias)) {
                throw new TokenException(TokenException.Reason.KEY_EXISTS,
                        "token " + name + " already has a key '" + alias + "'");
            }
            KeyPair keys = type.generate(provider);
            X509Certificate placeholder = PlaceholderCertificates.create(alias, keys, type, provider);
            store.setKeyEntry(alias, keys.getPrivate(), entryPassword, new Certificate[] {placeholder});
            persist();
            return new TokenKey(alias, keys.getPublic(), List.of());
        } catch (GeneralSecurityException e) {
            throw failed("cannot generate a " + type + " key '" + alias + "'", e);
        }
    }

    @Override
    public synchronized void importCertificate(String alias, List<X509Certificate> chain) throws TokenException {
        requireKey(alias);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an empty certificate chain");
        }
        try {
            PrivateKey key = privateKeyOf(alias);
            store.setKeyEntry(alias, key, entryPassword, chain.toArray(Certificate[]::new));
            persist();
        } catch (GeneralSecurityException e) {
            throw failed("cannot store the certificate of key '" + alias + "'", e);
        }
    }

    @Override
    public synchronized void delete(String alias) throws TokenException {
        requireKey(alias);
        try {
            store.deleteEntry(alias);
            persist();
        } catch (KeyStoreException e) {
            throw failed("cannot delete key '" + alias + "'", e);
        }
    }

    @Override
    public synchronized PrivateKey privateKey(String alias) throws TokenException {
        requireKey(alias);
        try {
            return privateKeyOf(alias);
        } catch (GeneralSecurityException e) {
            throw failed("cannot use key '" + alias + "'", e);
        }
    }

    @Override
    public synchronized SigningCredential credential(String alias) throws TokenException {
        TokenKey key = key(alias);
        if (key.chain().isEmpty()) {
            throw new TokenException(TokenException.Reason.FAILED,
                    "key '" + alias + "' of token " + name + " has no certificate yet: import the issued certificate");
        }
        return new SigningCredential(privateKey(alias), key.chain().toArray(X509Certificate[]::new), provider);
    }

    private PrivateKey privateKeyOf(String alias) throws GeneralSecurityException {
        return (PrivateKey) store.getKey(alias, entryPassword);
    }

    private void requireKey(String alias) throws TokenException {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new TokenException(TokenException.Reason.NO_SUCH_KEY,
                        "token " + name + " has no key '" + alias + "'");
            }
        } catch (KeyStoreException e) {
            throw failed("cannot read the token", e);
        }
    }

    private TokenKey describe(String alias) throws TokenException {
        try {
            Certificate[] certificates = store.getCertificateChain(alias);
            if (certificates == null || certificates.length == 0) {
                throw new TokenException(TokenException.Reason.FAILED,
                        "key '" + alias + "' of token " + name + " has no certificate entry");
            }
            X509Certificate leaf = (X509Certificate) certificates[0];
            List<X509Certificate> chain = new ArrayList<>();
            if (!PlaceholderCertificates.isPlaceholder(leaf)) {
                for (Certificate certificate : certificates) {
                    chain.add((X509Certificate) certificate);
                }
            }
            return new TokenKey(alias, leaf.getPublicKey(), chain);
        } catch (KeyStoreException e) {
            throw failed("cannot read key '" + alias + "'", e);
        }
    }

    TokenException failed(String what, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new TokenException(TokenException.Reason.FAILED, "token " + name + ": " + what + ": " + detail, cause);
    }
}
