package vn.lienthong.security.token;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One key pair in a token.
 *
 * @param alias     the key's name in the token
 * @param publicKey its public key
 * @param chain     the issued certificate chain, leaf first; empty while no certificate has been imported
 */
public record TokenKey(String alias, PublicKey publicKey, List<X509Certificate> chain) {

    public TokenKey {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(publicKey, "publicKey");
        chain = List.copyOf(chain);
    }

    /** The issued end-entity certificate, once imported. */
    public Optional<X509Certificate> certificate() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    public KeyType type() {
        return KeyType.of(publicKey);
    }

    @Override
    public String toString() {
        return "TokenKey[" + alias + ", " + publicKey.getAlgorithm()
                + certificate().map(c -> ", " + c.getSubjectX500Principal().getName()).orElse(", no certificate") + "]";
    }
}
