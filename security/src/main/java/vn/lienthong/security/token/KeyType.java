package vn.lienthong.security.token;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Locale;

/** The key pairs a token generates: the two the federation's algorithm profile signs and encrypts with. */
public enum KeyType {

    /** RSA with a 2048-bit modulus (RSA-PSS signatures, RSA-OAEP key transport). */
    RSA_2048("RSA", "SHA256withRSA"),
    /** ECDSA / ECDH on NIST P-256. */
    EC_P256("EC", "SHA256withECDSA");

    private final String jcaAlgorithm;
    private final String certificateSignature;

    KeyType(String jcaAlgorithm, String certificateSignature) {
        this.jcaAlgorithm = jcaAlgorithm;
        this.certificateSignature = certificateSignature;
    }

    /** {@code RSA}, {@code RSA-2048}, {@code EC}, {@code EC-P256} (any case). */
    public static KeyType parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT).replace('_', '-')) {
            case "RSA", "RSA-2048" -> RSA_2048;
            case "EC", "EC-P256", "P-256", "P256" -> EC_P256;
            default -> throw new IllegalArgumentException("unknown key type '" + text + "': use RSA or EC");
        };
    }

    /** The type of an existing public key, e.g. to renew a key with one of the same kind. */
    public static KeyType of(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return RSA_2048;
        }
        if (key instanceof ECPublicKey) {
            return EC_P256;
        }
        throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
    }

    /** The JCA signature algorithm used for CSRs and placeholder certificates made with such a key. */
    public String certificateSignature() {
        return certificateSignature;
    }

    KeyPair generate(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator generator = provider == null
                ? KeyPairGenerator.getInstance(jcaAlgorithm)
                : KeyPairGenerator.getInstance(jcaAlgorithm, provider);
        if (this == RSA_2048) {
            generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));
        } else {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        }
        return generator.generateKeyPair();
    }
}
