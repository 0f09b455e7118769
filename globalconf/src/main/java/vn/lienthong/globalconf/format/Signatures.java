package vn.lienthong.globalconf.format;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * Detached signatures over bytes, with the algorithm fixed by the key type: ECDSA with SHA-256 for EC keys, RSA-PSS
 * (SHA-256, MGF1 with SHA-256, 32-byte salt) for RSA keys. The signed document names the algorithm, and a verifier
 * accepts only the one that fits the key, so that no one can substitute a weaker algorithm.
 */
public final class Signatures {

    public static final String ECDSA_SHA256 = "SHA256withECDSA";
    public static final String RSA_PSS_SHA256 = "SHA256withRSA/PSS";

    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private Signatures() {
    }

    /** The algorithm name this project uses with {@code key}. */
    public static String algorithmFor(Key key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> ECDSA_SHA256;
            case "RSA" -> RSA_PSS_SHA256;
            default -> throw new IllegalArgumentException(key.getAlgorithm()
                    + " keys are not accepted: use an EC P-256 or RSA key");
        };
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = engine(key);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a " + key.getAlgorithm() + " key: " + e.getMessage(), e);
        }
    }

    /** True only if {@code algorithm} is the one for {@code key} and the signature verifies. */
    public static boolean verify(PublicKey key, String algorithm, byte[] data, byte[] signature) {
        try {
            if (!algorithmFor(key).equals(algorithm)) {
                return false;
            }
            Signature s = engine(key);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Signature engine(Key key) throws GeneralSecurityException {
        String algorithm = algorithmFor(key);
        if (RSA_PSS_SHA256.equals(algorithm)) {
            Signature s = Signature.getInstance("RSASSA-PSS");
            try {
                s.setParameter(PSS);
            } catch (InvalidAlgorithmParameterException e) {
                throw new IllegalStateException("RSA-PSS parameters refused", e);
            }
            return s;
        }
        return Signature.getInstance(algorithm);
    }
}
