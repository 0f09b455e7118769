package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.InMemoryReplayCache;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/** Build, tamper, verify: every case states the tampering and the reason the verifier must give. */
class TamperedMessageTest {

    private static final List<QName> HEADERS = List.of(Soap.CLIENT, Soap.SERVICE, Soap.ID);
    private static final Duration FRESHNESS = Duration.ofMinutes(5);
    private static final Duration FUTURE_SKEW = Duration.ofSeconds(30);
    private static final String ATTACKER_NS = "urn:attacker";

    private final TestPki pki = TestPki.rsa();
    private final SigningCredential sender = pki.member(TestPki.MEMBER_A);
    private final SigningCredential receiver = pki.member(TestPki.MEMBER_B);
    private final MutableClock clock = MutableClock.atTestNow();
    private final InMemoryReplayCache replayCache = new InMemoryReplayCache();
    private final MessageVerifier verifier = new MessageVerifier(
            new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
            replayCache, clock, FRESHNESS, FUTURE_SKEW);

    private Document protectedRequest() {
        return protectedBy(new MessageProtector(clock), sender);
    }

    private Document protectedBy(MessageProtector protector, SigningCredential signer) {
        return Soap.overTheWire(protector.protect(Soap.request(Soap.Version.SOAP11), signer, receiver.certificate(), HEADERS));
    }

    private MessageSecurityException refusal(Document message) {
        return refusal(message, HEADERS);
    }

    private MessageSecurityException refusal(Document message, List<QName> required) {
        MessageSecurityException e = catchThrowableOfType(MessageSecurityException.class,
                () -> verifier.verify(Soap.overTheWire(message), receiver, required));
        assertThat(e).as("the verifier must refuse the message").isNotNull();
        assertThat(e.getMessage()).doesNotContain("Exception", "\tat ", "BEGIN", "PRIVATE");
        assertThat(e.getStackTrace()).isEmpty();
        return e;
    }

    private static Element first(Document document, String namespace, String localName) {
        return (Element) document.getElementsByTagNameNS(namespace, localName).item(0);
    }

    private static Element header(Document document, QName name) {
        return first(document, name.getNamespaceURI(), name.getLocalPart());
    }

    private static Element securityHeader(Document document) {
        return first(document, WSConstants.WSSE_NS, WSConstants.WSSE_LN);
    }

    @Test
    void untamperedMessageIsAccepted() throws Exception {
        assertThat(verifier.verify(protectedRequest(), receiver, HEADERS).signerCertificate())
                .isEqualTo(sender.certificate());
    }

    @Nested
    class ContentTampering {

        @Test
        void modifiedCiphertextFailsDecryption() {
            Document message = protectedRequest();
            Element cipherValue = (Element) soapBody(message).getElementsByTagNameNS(WSConstants.ENC_NS, "CipherValue").item(0);
            String value = cipherValue.getTextContent();
            int middle = value.length() / 2;
            char flipped = value.charAt(middle) == 'A' ? 'B' : 'A';
            cipherValue.setTextContent(value.substring(0, middle) + flipped + value.substring(middle + 1));

            assertThat(refusal(message).reason()).isEqualTo(Reason.DECRYPTION_FAILED);
        }

        @Test
        void bodyChangedAfterSigningFailsTheSignatureOnceDecrypted() throws Exception {
            Document message = Handcrafted.signTamperEncrypt(Soap.request(Soap.Version.SOAP11), sender,
                    receiver.certificate(), clock, HEADERS,
                    envelope -> envelope.body().getElementsByTagNameNS("urn:vn:gov:moh:registry", "personCode")
                            .item(0).setTextContent("000000000000"));

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_INVALID);
            assertThat(e.getMessage()).startsWith("Signature:");
        }

        @Test
        void modifiedSignedHeaderFailsTheSignature() {
            Document message = protectedRequest();
            header(message, Soap.SERVICE).setTextContent("VN/GOV/MOH/registry/deletePerson/v1");

            assertThat(refusal(message).reason()).isEqualTo(Reason.SIGNATURE_INVALID);
        }

        @Test
        void removedTimestampBreaksTheSignatureReference() {
            Document message = protectedRequest();
            Element timestamp = first(message, WSConstants.WSU_NS, WSConstants.TIMESTAMP_TOKEN_LN);
            timestamp.getParentNode().removeChild(timestamp);

            assertThat(refusal(message).reason()).isEqualTo(Reason.SIGNATURE_INVALID);
        }
    }

    @Nested
    class Wrapping {

        @Test
        void signedHeaderMovedIntoAWrapperAndReplacedByAForgedOne() {
            Document message = protectedRequest();
            Element original = header(message, Soap.SERVICE);
            Element forged = (Element) original.cloneNode(false);
            forged.removeAttributeNS(WSConstants.WSU_NS, "Id");
            forged.setTextContent("VN/GOV/MOH/registry/deletePerson/v1");
            Element wrapper = message.createElementNS(ATTACKER_NS, "a:Wrapper");
            original.getParentNode().replaceChild(forged, original);
            wrapper.appendChild(original);
            forged.getParentNode().appendChild(wrapper);

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.ELEMENT_NOT_SIGNED);
            assertThat(e.getMessage()).isEqualTo("header " + Soap.SERVICE + " is not signed");
        }

        @Test
        void signedBodyMovedIntoAHeaderAndReplacedByAForgedBody() {
            Document message = protectedRequest();
            Element body = soapBody(message);
            Element forgedBody = (Element) body.cloneNode(false);
            forgedBody.removeAttributeNS(WSConstants.WSU_NS, "Id");
            forgedBody.appendChild(message.createElementNS("urn:vn:gov:moh:registry", "m:deletePerson"));
            body.getParentNode().replaceChild(forgedBody, body);
            Element wrapper = message.createElementNS(ATTACKER_NS, "a:Wrapper");
            wrapper.appendChild(body);
            header(message, Soap.ID).getParentNode().appendChild(wrapper);

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.ELEMENT_NOT_SIGNED);
            assertThat(e.getMessage()).isEqualTo("the SOAP Body is not signed");
        }

        @Test
        void duplicatedSignedHeaderIsRefused() {
            Document message = protectedRequest();
            Element original = header(message, Soap.SERVICE);
            Element copy = (Element) original.cloneNode(true);
            copy.removeAttributeNS(WSConstants.WSU_NS, "Id");
            copy.setTextContent("VN/GOV/MOH/registry/deletePerson/v1");
            original.getParentNode().insertBefore(copy, original);

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.ELEMENT_NOT_SIGNED);
            assertThat(e.getMessage()).contains("occurs 2 times");
        }

        @Test
        void duplicatedSignedHeaderWithTheSameIdIsRefused() {
            Document message = protectedRequest();
            Element original = header(message, Soap.SERVICE);
            original.getParentNode().insertBefore(original.cloneNode(true), original);

            // WSS4J itself refuses to dereference an Id that two elements carry.
            assertThat(refusal(message).reason()).isEqualTo(Reason.SIGNATURE_INVALID);
        }
    }

    @Nested
    class Coverage {

        @Test
        void requiredHeaderThatWasNotSignedIsRefused() {
            Document message = Soap.overTheWire(new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP11),
                    sender, receiver.certificate(), List.of(Soap.CLIENT)));

            MessageSecurityException e = refusal(message, List.of(Soap.CLIENT, Soap.SERVICE));
            assertThat(e.reason()).isEqualTo(Reason.ELEMENT_NOT_SIGNED);
            assertThat(e.getMessage()).isEqualTo("header " + Soap.SERVICE + " is not signed");
        }

        @Test
        void missingRequiredHeaderIsRefused() {
            QName userId = new QName(Soap.XROAD_NS, "userId");

            MessageSecurityException e = refusal(protectedRequest(), List.of(Soap.CLIENT, userId));
            assertThat(e.reason()).isEqualTo(Reason.ELEMENT_NOT_SIGNED);
            assertThat(e.getMessage()).isEqualTo("required header " + userId + " is missing");
        }

        @Test
        void unencryptedBodyIsRefused() throws Exception {
            Document message = Handcrafted.signedOnly(Soap.request(Soap.Version.SOAP12), sender, clock, HEADERS);

            assertThat(refusal(message).reason()).isEqualTo(Reason.BODY_NOT_ENCRYPTED);
        }

        @Test
        void messageWithoutSecurityHeaderIsRefused() {
            assertThat(refusal(Soap.request(Soap.Version.SOAP11)).reason()).isEqualTo(Reason.SECURITY_HEADER_MISSING);
        }

        @Test
        void documentThatIsNotSoapIsRefused() {
            assertThat(refusal(Soap.parse("<a:Envelope xmlns:a='urn:not-soap'/>")).reason()).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void messageEncryptedForAnotherServerCannotBeDecrypted() {
            SigningCredential someoneElse = pki.member(TestPki.MEMBER_A);
            Document message = Soap.overTheWire(new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP11),
                    sender, someoneElse.certificate(), HEADERS));

            assertThat(refusal(message).reason()).isEqualTo(Reason.DECRYPTION_FAILED);
        }
    }

    @Nested
    class Signer {

        @Test
        void signerFromAnUnknownCaIsUntrusted() {
            SigningCredential rogue = TestPki.rogue().member(TestPki.MEMBER_A);

            MessageSecurityException e = refusal(protectedBy(new MessageProtector(clock), rogue));
            assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_UNTRUSTED);
            assertThat(e.getMessage()).contains("not issued by an approved certification authority");
        }

        @Test
        void expiredSignerCertificateIsRefused() {
            SigningCredential expired = pki.memberValid(TestPki.MEMBER_A,
                    TestPki.NOW.minus(Duration.ofDays(400)), TestPki.NOW.minus(Duration.ofDays(1)));

            assertThat(refusal(protectedBy(new MessageProtector(clock), expired)).reason())
                    .isEqualTo(Reason.CERTIFICATE_EXPIRED);
        }

        @Test
        void signerCertificateWithoutSigningKeyUsageIsUntrusted() {
            SigningCredential encryptionOnly = pki.memberWithoutSigningUsage(TestPki.MEMBER_A);

            assertThat(refusal(protectedBy(new MessageProtector(clock), encryptionOnly)).reason())
                    .isEqualTo(Reason.CERTIFICATE_UNTRUSTED);
        }
    }

    @Nested
    class Time {

        @Test
        void missingTimestampIsRefused() throws Exception {
            Document message = Handcrafted.withoutTimestamp(Soap.request(Soap.Version.SOAP11), sender,
                    receiver.certificate(), HEADERS);

            assertThat(refusal(message).reason()).isEqualTo(Reason.TIMESTAMP_MISSING);
        }

        @Test
        void staleTimestampIsRefused() {
            MutableClock senderClock = new MutableClock(TestPki.NOW.minus(FRESHNESS).minusSeconds(1));
            Document message = protectedBy(new MessageProtector(senderClock, Duration.ofHours(1)), sender);

            assertThat(refusal(message).reason()).isEqualTo(Reason.TIMESTAMP_STALE);
        }

        @Test
        void expiredTimestampIsRefused() {
            MutableClock senderClock = new MutableClock(TestPki.NOW.minusSeconds(61));
            Document message = protectedBy(new MessageProtector(senderClock, Duration.ofSeconds(60)), sender);

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_STALE);
            assertThat(e.getMessage()).startsWith("the Timestamp expired at");
        }

        @Test
        void timestampTooFarInTheFutureIsRefused() {
            MutableClock senderClock = new MutableClock(TestPki.NOW.plus(FUTURE_SKEW).plusSeconds(1));

            assertThat(refusal(protectedBy(new MessageProtector(senderClock), sender)).reason())
                    .isEqualTo(Reason.TIMESTAMP_IN_FUTURE);
        }

        @Test
        void timestampSlightlyInTheFutureIsAccepted() throws Exception {
            MutableClock senderClock = new MutableClock(TestPki.NOW.plus(FUTURE_SKEW));

            assertThat(verifier.verify(protectedBy(new MessageProtector(senderClock), sender), receiver, HEADERS)
                    .timestampCreated()).isEqualTo(TestPki.NOW.plus(FUTURE_SKEW));
        }
    }

    @Nested
    class Replay {

        @Test
        void sameMessageTwiceIsAReplay() throws Exception {
            String wire = Soap.serialize(protectedRequest());
            verifier.verify(Soap.parse(wire), receiver, HEADERS);
            clock.advance(Duration.ofSeconds(10));

            MessageSecurityException e = refusal(Soap.parse(wire));
            assertThat(e.reason()).isEqualTo(Reason.REPLAYED);
            assertThat(replayCache.size()).isEqualTo(1);
        }

        @Test
        void replayKeyIsKeptUntilTheMessageWouldBeStaleAnyway() throws Exception {
            verifier.verify(protectedRequest(), receiver, HEADERS);

            assertThat(replayCache.purgeExpired(TestPki.NOW.plus(FRESHNESS))).isZero();
            assertThat(replayCache.purgeExpired(TestPki.NOW.plus(FRESHNESS).plusMillis(1))).isEqualTo(1);
        }

        @Test
        void twoMessagesInTheSameMillisecondAreBothAccepted() throws Exception {
            verifier.verify(protectedRequest(), receiver, HEADERS);
            verifier.verify(protectedRequest(), receiver, HEADERS);

            assertThat(replayCache.size()).isEqualTo(2);
        }
    }

    @Nested
    class UnsupportedTokens {

        @Test
        void saml2AssertionIsRefusedAndTheVerifierKeepsServing() throws Exception {
            Document message = protectedRequest();
            Element assertion = message.createElementNS(WSConstants.SAML2_NS, "saml2:Assertion");
            assertion.setAttributeNS(null, "ID", "_4c1f2f5e");
            assertion.setAttributeNS(null, "Version", "2.0");
            assertion.setAttributeNS(null, "IssueInstant", Instant.now().toString());
            Element issuer = message.createElementNS(WSConstants.SAML2_NS, "saml2:Issuer");
            issuer.setTextContent("urn:attacker");
            assertion.appendChild(issuer);
            Element security = securityHeader(message);
            security.insertBefore(assertion, security.getFirstChild());

            MessageSecurityException e = refusal(message);
            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TOKEN);
            assertThat(e.getMessage()).isEqualTo("SAML assertions are not accepted");
            assertThat(verifier.verify(protectedRequest(), receiver, HEADERS).signerCertificate())
                    .isEqualTo(sender.certificate());
        }

        @Test
        void saml1AssertionIsRefused() {
            Document message = protectedRequest();
            Element assertion = message.createElementNS(WSConstants.SAML_NS, "saml:Assertion");
            assertion.setAttributeNS(null, "AssertionID", "_9d1e");
            assertion.setAttributeNS(null, "MajorVersion", "1");
            assertion.setAttributeNS(null, "MinorVersion", "1");
            securityHeader(message).appendChild(assertion);

            assertThat(refusal(message).reason()).isEqualTo(Reason.UNSUPPORTED_TOKEN);
        }

        @Test
        void usernameTokenIsRefused() {
            Document message = protectedRequest();
            Element token = message.createElementNS(WSConstants.WSSE_NS, "wsse:UsernameToken");
            Element username = message.createElementNS(WSConstants.WSSE_NS, "wsse:Username");
            username.setTextContent("admin");
            token.appendChild(username);
            securityHeader(message).appendChild(token);

            assertThat(refusal(message).reason()).isEqualTo(Reason.UNSUPPORTED_TOKEN);
        }
    }

    private static Element soapBody(Document message) {
        Node child = message.getDocumentElement().getLastChild();
        while (!(child instanceof Element)) {
            child = child.getPreviousSibling();
        }
        return (Element) child;
    }
}
