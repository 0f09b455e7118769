package vn.lienthong.security.wss;

import java.security.Key;
import org.apache.wss4j.common.crypto.AlgorithmSuite;
import org.apache.wss4j.dom.WSConstants;
import org.apache.xml.security.signature.XMLSignature;

/** The one algorithm profile this security server sends and accepts. */
final class Algorithms {

    /** RSA-PSS with SHA-256 and MGF1-SHA-256 (RFC 6931). */
    static final String RSA_PSS_SHA256 = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256_MGF1;
    static final String ECDSA_SHA256 = WSConstants.ECDSA_SHA256;
    static final String CANONICALIZATION = WSConstants.C14N_EXCL_OMIT_COMMENTS;
    static final String DIGEST = WSConstants.SHA256;
    static final String CONTENT_ENCRYPTION = WSConstants.AES_256_GCM;
    static final String RSA_KEY_TRANSPORT = WSConstants.KEYTRANSPORT_RSAOAEP_XENC11;
    static final String OAEP_DIGEST = WSConstants.SHA256;
    static final String OAEP_MGF = WSConstants.MGF_SHA256;
    static final String EC_KEY_AGREEMENT = WSConstants.AGREEMENT_METHOD_ECDH_ES;
    static final String EC_KEY_DERIVATION = WSConstants.KEYDERIVATION_HKDF;
    static final String EC_KEY_WRAP = WSConstants.KEYWRAP_AES256;

    private static final int MIN_RSA_BITS = 2048;
    private static final int MIN_EC_BITS = 256;

    private Algorithms() {
    }

    /** The signature algorithm for a signing key: RSA-PSS for RSA, ECDSA-SHA256 for EC. */
    static String signatureFor(Key key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> RSA_PSS_SHA256;
            case "EC" -> ECDSA_SHA256;
            default -> throw new IllegalArgumentException("unsupported signing key algorithm " + key.getAlgorithm()
                    + " (RSA or EC expected)");
        };
    }

    /** What the verifier lets WSS4J accept; anything else fails inside WSS4J's processors. */
    static AlgorithmSuite inboundSuite() {
        AlgorithmSuite suite = new AlgorithmSuite();
        suite.addSignatureMethod(RSA_PSS_SHA256);
        suite.addSignatureMethod(ECDSA_SHA256);
        suite.addC14nAlgorithm(CANONICALIZATION);
        suite.addTransformAlgorithm(CANONICALIZATION);
        suite.addDigestAlgorithm(DIGEST);
        suite.addEncryptionMethod(CONTENT_ENCRYPTION);
        suite.addKeyWrapAlgorithm(RSA_KEY_TRANSPORT);
        suite.addKeyWrapAlgorithm(EC_KEY_WRAP);
        suite.addKeyAgreementMethodAlgorithm(EC_KEY_AGREEMENT);
        suite.addDerivedKeyAlgorithm(EC_KEY_DERIVATION);
        suite.setMinimumAsymmetricKeyLength(MIN_RSA_BITS);
        suite.setMinimumEllipticCurveKeyLength(MIN_EC_BITS);
        suite.setMinimumSymmetricKeyLength(256);
        return suite;
    }
}
