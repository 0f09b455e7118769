package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.InMemoryReplayCache;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.xml.DomSerializer;

class EncryptedWireTest {

    private static final List<QName> HEADERS = List.of(Soap.CLIENT, Soap.SERVICE, Soap.ID);
    private static final String NAME = "Nguyễn Thị Hồng Nhung";

    @BeforeAll
    static void initialiseWss4j() {
        WSSConfig.init();
    }

    static Stream<Arguments> keysAndVersions() {
        return Stream.of(TestPki.Algorithm.values()).flatMap(algorithm -> Stream.of(Soap.Version.values())
                .map(version -> Arguments.of(algorithm, version)));
    }

    @ParameterizedTest(name = "{0} keys, {1}")
    @MethodSource("keysAndVersions")
    void splicedWireIsWhatWritingTheEncryptedEnvelopeGives(TestPki.Algorithm algorithm, Soap.Version version)
            throws Exception {
        TestPki pki = TestPki.of(algorithm);
        SigningCredential sender = pki.member(TestPki.MEMBER_A);
        SigningCredential receiver = pki.member(TestPki.MEMBER_B);
        MutableClock clock = MutableClock.atTestNow();

        ProtectedMessage sent = new MessageProtector(clock).protectKeepingSignedForm(requestNaming(version, NAME),
                sender, receiver.certificate(), HEADERS);

        assertThat(sent.wire()).isEqualTo(DomSerializer.toBytes(sent.document()));
        String wire = new String(sent.wire(), StandardCharsets.UTF_8);
        assertThat(wire).contains("EncryptedKey", "EncryptedData").doesNotContain(NAME, Soap.PERSON_CODE);
        String signedForm = new String(sent.signedForm(), StandardCharsets.UTF_8);
        assertThat(signedForm).contains(NAME, Soap.PERSON_CODE, "ds:Signature").doesNotContain("EncryptedKey", "EncryptedData");

        MessageVerifier verifier = new MessageVerifier(
                new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                new InMemoryReplayCache(), clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
        VerifiedMessage verified = verifier.verify(Soap.parse(wire), receiver, HEADERS);
        assertThat(Soap.serialize(verified.envelope())).contains(NAME, Soap.PERSON_CODE);
    }

    @ParameterizedTest(name = "{0} keys, {1}")
    @MethodSource("keysAndVersions")
    void encryptionAsTheProtectorDoesItIsSpliced(TestPki.Algorithm algorithm, Soap.Version version) throws Exception {
        TestPki pki = TestPki.of(algorithm);
        Document document = requestNaming(version, NAME);
        SoapEnvelope envelope = SoapEnvelope.of(document);
        WSSecHeader securityHeader = new WSSecHeader(document);
        Element security = securityHeader.insertSecurityHeader();
        List<Element> headers = HEADERS.stream().map(name -> envelope.headerBlocks(name).get(0)).toList();
        new EnvelopeSigner(MutableClock.atTestNow(), Duration.ofMinutes(5))
                .sign(securityHeader, envelope, pki.member(TestPki.MEMBER_A), headers);
        byte[] signedForm = DomSerializer.toBytes(document);
        EncryptedWire wire = EncryptedWire.signed(document, security, envelope.body());

        new BodyEncryptor().encrypt(securityHeader, SoapEnvelope.of(document), pki.member(TestPki.MEMBER_B).certificate());

        assertThat(wire.signedForm()).isEqualTo(signedForm);
        assertThat(wire.spliced()).hasValueSatisfying(spliced ->
                assertThat(spliced).isEqualTo(DomSerializer.toBytes(document)));
    }

    @Test
    void anythingElseEncryptionChangedMakesItWriteTheWholeEnvelope() throws Exception {
        Encrypted encrypted = encryptedAfterNoting(Soap.Version.SOAP11);
        encrypted.body().setAttributeNS(WSConstants.WSU_NS, "wsu:Id", "changed-after-signing");

        assertThat(encrypted.wire().spliced()).isEmpty();
        byte[] toSend = encrypted.wire().toSend();
        assertThat(toSend).isEqualTo(DomSerializer.toBytes(encrypted.document()));
        assertThat(new String(toSend, StandardCharsets.UTF_8)).contains("changed-after-signing");
    }

    @Test
    void aBodyThatIsNotOneEncryptedDataMakesItWriteTheWholeEnvelope() throws Exception {
        Encrypted encrypted = encryptedAfterNoting(Soap.Version.SOAP12);
        encrypted.body().appendChild(encrypted.document().createElementNS("urn:example", "x:trailer"));

        assertThat(encrypted.wire().spliced()).isEmpty();
        byte[] toSend = encrypted.wire().toSend();
        assertThat(toSend).isEqualTo(DomSerializer.toBytes(encrypted.document()));
        assertThat(new String(toSend, StandardCharsets.UTF_8)).contains("x:trailer");
    }

    private record Encrypted(Document document, Element body, EncryptedWire wire) {
    }

    /** A request with a security header, noted by an EncryptedWire, then its Body encrypted by the BodyEncryptor. */
    private static Encrypted encryptedAfterNoting(Soap.Version version) throws Exception {
        TestPki pki = TestPki.of(TestPki.Algorithm.RSA);
        Document document = requestNaming(version, NAME);
        Element body = (Element) document.getElementsByTagNameNS(version.namespace(), "Body").item(0);
        WSSecHeader securityHeader = new WSSecHeader(document);
        Element security = securityHeader.insertSecurityHeader();
        security.appendChild(document.createElementNS(WSConstants.WSU_NS, "wsu:Timestamp"));
        EncryptedWire wire = EncryptedWire.signed(document, security, body);
        new BodyEncryptor().encrypt(securityHeader, SoapEnvelope.of(document), pki.member(TestPki.MEMBER_B).certificate());
        return new Encrypted(document, body, wire);
    }

    private static Document requestNaming(Soap.Version version, String name) {
        return Soap.parse("""
                <soap:Envelope xmlns:soap="%s" xmlns:xrd="%s">
                  <soap:Header>
                    <xrd:client>VN/GOV/MPS/traffic</xrd:client>
                    <xrd:service>VN/GOV/MOH/registry/getPerson/v1</xrd:service>
                    <xrd:id>4894e35d-bf0f-44a6-867a-8e51f1daa7e0</xrd:id>
                  </soap:Header>
                  <soap:Body>
                    <m:getPerson xmlns:m="urn:vn:gov:moh:registry"><m:personCode>%s</m:personCode><m:name>%s</m:name></m:getPerson>
                  </soap:Body>
                </soap:Envelope>""".formatted(version.namespace(), Soap.XROAD_NS, Soap.PERSON_CODE, name));
    }
}
