package vn.lienthong.globalconf.testing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A member's signing key with its certificate chain, leaf first. */
public record MemberKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
