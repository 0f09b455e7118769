package vn.lienthong.security.wss;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;

/**
 * Adds a wsu:Timestamp, a BinarySecurityToken with the signer's chain (PKIPath) and a ds:Signature over
 * the Body, the Timestamp and the given header blocks to a security header. Stateless; thread-safe.
 */
final class EnvelopeSigner {

    private final Clock clock;
    private final int timestampTtlSeconds;

    EnvelopeSigner(Clock clock, Duration timestampTtl) {
        this.clock = clock;
        this.timestampTtlSeconds = Math.toIntExact(timestampTtl.toSeconds());
    }

    void sign(WSSecHeader securityHeader, SoapEnvelope envelope, SigningCredential signer, List<Element> headers)
            throws WSSecurityException {
        WSSecTimestamp timestamp = new WSSecTimestamp(securityHeader);
        timestamp.setTimeToLive(timestampTtlSeconds);
        timestamp.setWsTimeSource(clock::instant);
        timestamp.build();

        WSSecSignature signature = new WSSecSignature(securityHeader);
        signature.setWsDocInfo(new OwnDocumentSigning(envelope.body().getOwnerDocument()));
        signature.setUserInfo(CredentialCrypto.ALIAS, null);
        if (signer.provider() != null) {
            signature.setSignatureProvider(signer.provider());
        }
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setUseSingleCertificate(false);
        signature.setSignatureAlgorithm(Algorithms.signatureFor(signer.privateKey()));
        signature.setSigCanonicalization(Algorithms.CANONICALIZATION);
        signature.setDigestAlgo(Algorithms.DIGEST);
        signature.getParts().add(part(envelope.body()));
        signature.getParts().add(part(timestamp.getElement()));
        for (Element header : headers) {
            signature.getParts().add(part(header));
        }
        signature.build(CredentialCrypto.of(signer));
    }

    private static WSEncryptionPart part(Element element) {
        WSEncryptionPart part = new WSEncryptionPart(element.getLocalName(), element.getNamespaceURI(), "Element");
        part.setElement(element);
        return part;
    }
}
