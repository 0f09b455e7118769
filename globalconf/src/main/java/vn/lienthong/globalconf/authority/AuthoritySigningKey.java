package vn.lienthong.globalconf.authority;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** One configuration signing key of the authority; {@code keyId} is the SHA-256 hex of its certificate. */
public record AuthoritySigningKey(String keyId, PrivateKey privateKey, X509Certificate certificate) {

    @Override
    public String toString() {
        return "AuthoritySigningKey[" + keyId + "]";
    }
}
