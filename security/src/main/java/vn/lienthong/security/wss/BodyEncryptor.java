package vn.lienthong.security.wss;

import java.security.cert.X509Certificate;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecEncrypt;
import org.apache.wss4j.dom.message.WSSecHeader;

/**
 * Encrypts the content of the SOAP Body to the recipient's certificate: AES-256-GCM content, the content
 * key transported with RSA-OAEP (SHA-256, MGF1-SHA-256) for RSA recipients or agreed with ECDH-ES
 * (HKDF, AES-256 key wrap) for EC recipients. The recipient is named by issuer and serial number. The content
 * is written for encryption by the {@link EncryptedContentSerializer}. Each message gets a fresh
 * {@link ContentKey}, wiped once the Body is encrypted. Stateless; thread-safe.
 */
final class BodyEncryptor {

    void encrypt(WSSecHeader securityHeader, SoapEnvelope envelope, X509Certificate recipient)
            throws WSSecurityException {
        encrypt(securityHeader, envelope, recipient, ContentKey.generate());
    }

    /** Encrypts with the given content key and destroys it, whether the encryption succeeds or not. */
    void encrypt(WSSecHeader securityHeader, SoapEnvelope envelope, X509Certificate recipient, ContentKey contentKey)
            throws WSSecurityException {
        try {
            encryptWith(securityHeader, envelope, recipient, contentKey);
        } finally {
            contentKey.destroy();
        }
    }

    private static void encryptWith(WSSecHeader securityHeader, SoapEnvelope envelope, X509Certificate recipient,
            ContentKey contentKey) throws WSSecurityException {
        WSSecEncrypt encrypt = new WSSecEncrypt(securityHeader);
        encrypt.setUseThisCert(recipient);
        encrypt.setKeyIdentifierType(WSConstants.ISSUER_SERIAL);
        encrypt.setSymmetricEncAlgorithm(Algorithms.CONTENT_ENCRYPTION);
        encrypt.setEncryptionSerializer(EncryptedContentSerializer.INSTANCE);
        String keyAlgorithm = recipient.getPublicKey().getAlgorithm();
        switch (keyAlgorithm) {
            case "RSA" -> {
                encrypt.setKeyEncAlgo(Algorithms.RSA_KEY_TRANSPORT);
                encrypt.setDigestAlgorithm(Algorithms.OAEP_DIGEST);
                encrypt.setMGFAlgorithm(Algorithms.OAEP_MGF);
            }
            case "EC" -> {
                encrypt.setKeyEncAlgo(Algorithms.EC_KEY_WRAP);
                encrypt.setKeyAgreementMethod(Algorithms.EC_KEY_AGREEMENT);
                encrypt.setKeyDerivationMethod(Algorithms.EC_KEY_DERIVATION);
            }
            default -> throw new IllegalArgumentException("unsupported recipient key algorithm " + keyAlgorithm
                    + " (RSA or EC expected)");
        }
        WSEncryptionPart bodyContent = new WSEncryptionPart(WSConstants.ELEM_BODY, envelope.soapNamespace(), "Content");
        bodyContent.setElement(envelope.body());
        encrypt.getParts().add(bodyContent);
        encrypt.build(CredentialCrypto.withoutKey(), contentKey);
    }
}
