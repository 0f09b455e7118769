package vn.lienthong.security.wss;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.replay.ReplayCache;
import vn.lienthong.security.tls.CertificateHashes;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.CertificatePurpose;
import vn.lienthong.security.trust.CertificateValidationException;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * Verifies an inbound envelope made by {@link MessageProtector} and strips its security header.
 *
 * <p>In order: the envelope is SOAP with exactly one wsse:Security header; WSS4J decrypts and checks the
 * signature cryptographically (algorithms limited to the federation profile, SAML and other tokens
 * refused); there is exactly one signature, made with an X.509 chain that validates to an approved CA at
 * the verifier's clock; the Timestamp is present, fresh and not from the future; the Body, the Timestamp
 * and each required header are the very nodes the signature references; the Body content was encrypted;
 * the message was not seen before (replay key: signer certificate hash, Timestamp Created, SHA-256 of the
 * SignatureValue, kept as long as the message could be accepted). Thread-safe: one instance serves
 * concurrent messages.
 */
public final class MessageVerifier {

    private final CertificateChainValidator chainValidator;
    private final ReplayCache replayCache;
    private final Clock clock;
    private final TimestampPolicy timestampPolicy;
    private final InboundEngine engine = new InboundEngine();

    /**
     * @param freshness         how old a Timestamp's Created may be
     * @param allowedFutureSkew how far in the future a Timestamp's Created may be (sender clock ahead)
     */
    public MessageVerifier(CertificateChainValidator chainValidator, ReplayCache replayCache, Clock clock,
                           Duration freshness, Duration allowedFutureSkew) {
        this.chainValidator = Objects.requireNonNull(chainValidator, "chainValidator");
        this.replayCache = Objects.requireNonNull(replayCache, "replayCache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timestampPolicy = new TimestampPolicy(clock, freshness, allowedFutureSkew);
    }

    /**
     * Verifies {@code envelope} in place; on success it is plain SOAP again (decrypted, without wsse:Security
     * and without the wsu:Id attributes the signature used on the Body and the signed headers), and the
     * result also holds the message as signed (decrypted, signature intact) for the message log.
     *
     * @param ownDecryptionKey      this security server's key that the Body was encrypted to
     * @param requiredSignedHeaders header blocks that must each occur exactly once and be signed
     * @throws MessageSecurityException when the message is refused; the document is then left partly processed
     */
    public VerifiedMessage verify(Document envelope, SigningCredential ownDecryptionKey, List<QName> requiredSignedHeaders)
            throws MessageSecurityException {
        Objects.requireNonNull(ownDecryptionKey, "ownDecryptionKey");
        SoapEnvelope soap = parse(envelope);
        Element securityHeader = singleSecurityHeader(soap);

        WSHandlerResult results = engine.process(securityHeader, ownDecryptionKey);

        WSSecurityEngineResult signature = singleSignature(results);
        List<X509Certificate> path = validateSigner(signature);
        Element timestampElement = singleTimestamp(securityHeader);
        Instant created = timestampPolicy.check(timestampOf(results, timestampElement));

        soap = parse(envelope);
        Set<Element> signed = SignatureCoverage.protectedElements(dataRefs(signature));
        List<Element> signedHeaders = SignatureCoverage.check(soap, timestampElement, signed, requiredSignedHeaders);
        SignatureCoverage.checkBodyEncrypted(soap, decryptedRefs(results));

        String replayKey = CertificateHashes.sha256Hex(path.get(0)) + '|' + created + '|'
                + CertificateHashes.sha256Hex((byte[]) signature.get(WSSecurityEngineResult.TAG_SIGNATURE_VALUE));
        if (!replayCache.firstSeen(replayKey, timestampPolicy.acceptableUntil(created))) {
            throw new MessageSecurityException(Reason.REPLAYED, "this message (Timestamp created " + created
                    + ") was already received");
        }

        byte[] signedForm = SignedForm.of(envelope);
        securityHeader.getParentNode().removeChild(securityHeader);
        removeWsuId(soap.body());
        signedHeaders.forEach(MessageVerifier::removeWsuId);
        return new VerifiedMessage(path.get(0), path, created, envelope, signedForm);
    }

    private static SoapEnvelope parse(Document envelope) throws MessageSecurityException {
        try {
            return SoapEnvelope.of(envelope);
        } catch (IllegalArgumentException e) {
            throw new MessageSecurityException(Reason.MALFORMED, e.getMessage());
        }
    }

    private static Element singleSecurityHeader(SoapEnvelope soap) throws MessageSecurityException {
        List<Element> headers = soap.securityHeaders();
        if (headers.isEmpty()) {
            throw new MessageSecurityException(Reason.SECURITY_HEADER_MISSING, "the message has no wsse:Security header");
        }
        if (headers.size() > 1) {
            throw new MessageSecurityException(Reason.MALFORMED,
                    "the message has " + headers.size() + " wsse:Security headers; exactly one is expected");
        }
        Element header = headers.get(0);
        if (header.hasAttributeNS(soap.soapNamespace(), "actor") || header.hasAttributeNS(soap.soapNamespace(), "role")) {
            throw new MessageSecurityException(Reason.MALFORMED,
                    "the wsse:Security header is addressed to an actor or role; none is expected");
        }
        return header;
    }

    private static WSSecurityEngineResult singleSignature(WSHandlerResult results) throws MessageSecurityException {
        List<WSSecurityEngineResult> signatures = actionResults(results, WSConstants.SIGN);
        if (signatures.isEmpty()) {
            throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED, "the message carries no signature");
        }
        if (signatures.size() > 1 || !actionResults(results, WSConstants.UT_SIGN).isEmpty()) {
            throw new MessageSecurityException(Reason.MALFORMED, "the message carries more than one signature");
        }
        return signatures.get(0);
    }

    private List<X509Certificate> validateSigner(WSSecurityEngineResult signature) throws MessageSecurityException {
        X509Certificate[] certificates = (X509Certificate[]) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATES);
        if (certificates == null || certificates.length == 0 || certificates[0] == null) {
            throw new MessageSecurityException(Reason.UNSUPPORTED_TOKEN,
                    "the signature key is not given as an X.509 certificate chain");
        }
        try {
            return chainValidator.validate(List.of(certificates), clock.instant(), CertificatePurpose.MESSAGE_SIGNING);
        } catch (CertificateValidationException e) {
            Reason reason = switch (e.reason()) {
                case EXPIRED, NOT_YET_VALID -> Reason.CERTIFICATE_EXPIRED;
                case REVOKED -> Reason.CERTIFICATE_REVOKED;
                case REVOCATION_UNKNOWN -> Reason.CERTIFICATE_STATUS_UNKNOWN;
                case UNKNOWN_CA, WRONG_KEY_USAGE, INVALID_CHAIN -> Reason.CERTIFICATE_UNTRUSTED;
            };
            throw new MessageSecurityException(reason, "signer certificate refused: " + e.getMessage());
        }
    }

    private static Element singleTimestamp(Element securityHeader) throws MessageSecurityException {
        List<Element> timestamps = new ArrayList<>();
        for (Element child : SoapEnvelope.childElements(securityHeader)) {
            if (WSConstants.WSU_NS.equals(child.getNamespaceURI())
                    && WSConstants.TIMESTAMP_TOKEN_LN.equals(child.getLocalName())) {
                timestamps.add(child);
            }
        }
        if (timestamps.isEmpty()) {
            throw new MessageSecurityException(Reason.TIMESTAMP_MISSING, "the security header has no Timestamp");
        }
        if (timestamps.size() > 1) {
            throw new MessageSecurityException(Reason.MALFORMED, "the security header has more than one Timestamp");
        }
        return timestamps.get(0);
    }

    private static Timestamp timestampOf(WSHandlerResult results, Element element) throws MessageSecurityException {
        for (WSSecurityEngineResult result : actionResults(results, WSConstants.TS)) {
            Timestamp timestamp = (Timestamp) result.get(WSSecurityEngineResult.TAG_TIMESTAMP);
            if (timestamp != null && timestamp.getElement() == element) {
                return timestamp;
            }
        }
        throw new MessageSecurityException(Reason.TIMESTAMP_MISSING, "the Timestamp was not processed");
    }

    @SuppressWarnings("unchecked")
    private static List<WSDataRef> dataRefs(WSSecurityEngineResult result) {
        List<WSDataRef> references = (List<WSDataRef>) result.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        return references == null ? List.of() : references;
    }

    private static List<WSDataRef> decryptedRefs(WSHandlerResult results) {
        List<WSDataRef> references = new ArrayList<>();
        for (WSSecurityEngineResult result : actionResults(results, WSConstants.ENCR)) {
            references.addAll(dataRefs(result));
        }
        return references;
    }

    private static List<WSSecurityEngineResult> actionResults(WSHandlerResult results, int action) {
        if (results == null) {
            return List.of();
        }
        List<WSSecurityEngineResult> found = results.getActionResults().get(action);
        return found == null ? List.of() : found;
    }

    /** Removes the signature's wsu:Id, and the wsu namespace declaration that only it needed. */
    private static void removeWsuId(Element element) {
        element.removeAttributeNS(WSConstants.WSU_NS, "Id");
        String prefix = element.lookupPrefix(WSConstants.WSU_NS);
        if (prefix != null && element.hasAttributeNS("http://www.w3.org/2000/xmlns/", prefix)
                && !usesPrefix(element, prefix)) {
            element.removeAttributeNS("http://www.w3.org/2000/xmlns/", prefix);
        }
    }

    private static boolean usesPrefix(Element element, String prefix) {
        if (prefix.equals(element.getPrefix())) {
            return true;
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (prefix.equals(attributes.item(i).getPrefix())) {
                return true;
            }
        }
        for (var n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && usesPrefix(child, prefix)) {
                return true;
            }
        }
        return false;
    }
}
