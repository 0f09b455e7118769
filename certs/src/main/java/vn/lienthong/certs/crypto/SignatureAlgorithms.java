package vn.lienthong.certs.crypto;

import java.security.Key;

/** The federation's signature algorithm for a key: SHA-256 with RSA PKCS#1 v1.5, or ECDSA with SHA-256. */
public final class SignatureAlgorithms {

    public static final String SHA256_WITH_RSA = "SHA256withRSA";
    public static final String SHA256_WITH_ECDSA = "SHA256withECDSA";

    private SignatureAlgorithms() {
    }

    /** The JCA name of the algorithm used to sign with {@code key} (an RSA or EC key). */
    public static String forKey(Key key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> SHA256_WITH_RSA;
            case "EC" -> SHA256_WITH_ECDSA;
            default -> throw new IllegalArgumentException("cannot sign with a " + key.getAlgorithm()
                    + " key: the federation profile allows RSA and EC (P-256, P-384) keys only");
        };
    }
}
