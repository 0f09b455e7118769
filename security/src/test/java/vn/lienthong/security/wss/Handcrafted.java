package vn.lienthong.security.wss;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.namespace.QName;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;

/** Messages that {@link MessageProtector} would never produce, built from its own steps or from WSS4J directly. */
final class Handcrafted {

    private Handcrafted() {
    }

    /** Signed like the protector does, but the Body is not encrypted. */
    static Document signedOnly(Document document, SigningCredential signer, Clock clock, List<QName> headers)
            throws Exception {
        sign(document, signer, clock, headers);
        return document;
    }

    private static WSSecHeader sign(Document document, SigningCredential signer, Clock clock, List<QName> headers)
            throws Exception {
        SoapEnvelope envelope = SoapEnvelope.of(document);
        WSSecHeader securityHeader = new WSSecHeader(document);
        securityHeader.insertSecurityHeader();
        new EnvelopeSigner(clock, MessageProtector.DEFAULT_TIMESTAMP_TTL)
                .sign(securityHeader, envelope, signer, blocks(envelope, headers));
        return securityHeader;
    }

    /** Signed, then {@code tamper} runs, then encrypted: the ciphertext is honest, the signature is not. */
    static Document signTamperEncrypt(Document document, SigningCredential signer, X509Certificate recipient, Clock clock,
                                      List<QName> headers, Consumer<SoapEnvelope> tamper) throws Exception {
        WSSecHeader securityHeader = sign(document, signer, clock, headers);
        tamper.accept(SoapEnvelope.of(document));
        new BodyEncryptor().encrypt(securityHeader, SoapEnvelope.of(document), recipient);
        return document;
    }

    /** Body and headers signed and the Body encrypted, but no Timestamp at all. */
    static Document withoutTimestamp(Document document, SigningCredential signer, X509Certificate recipient,
                                     List<QName> headers) throws Exception {
        SoapEnvelope envelope = SoapEnvelope.of(document);
        WSSecHeader securityHeader = new WSSecHeader(document);
        securityHeader.insertSecurityHeader();
        WSSecSignature signature = new WSSecSignature(securityHeader);
        signature.setUserInfo(CredentialCrypto.ALIAS, null);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setUseSingleCertificate(false);
        signature.setSignatureAlgorithm(Algorithms.signatureFor(signer.privateKey()));
        signature.setSigCanonicalization(Algorithms.CANONICALIZATION);
        signature.setDigestAlgo(Algorithms.DIGEST);
        signature.getParts().add(part(envelope.body()));
        for (Element header : blocks(envelope, headers)) {
            signature.getParts().add(part(header));
        }
        signature.build(CredentialCrypto.of(signer));
        new BodyEncryptor().encrypt(securityHeader, envelope, recipient);
        return document;
    }

    private static List<Element> blocks(SoapEnvelope envelope, List<QName> headers) {
        return headers.stream().map(name -> envelope.headerBlocks(name).get(0)).toList();
    }

    private static WSEncryptionPart part(Element element) {
        WSEncryptionPart part = new WSEncryptionPart(element.getLocalName(), element.getNamespaceURI(), "Element");
        part.setElement(element);
        return part;
    }
}
