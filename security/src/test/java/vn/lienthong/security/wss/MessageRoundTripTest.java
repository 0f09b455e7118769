package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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

class MessageRoundTripTest {

    static Stream<Arguments> keysAndVersions() {
        return Stream.of(TestPki.Algorithm.values()).flatMap(algorithm -> Stream.of(Soap.Version.values())
                .map(version -> Arguments.of(algorithm, version)));
    }

    @ParameterizedTest(name = "{0} keys, {1}")
    @MethodSource("keysAndVersions")
    void protectedMessageVerifiesAndComesBackAsPlainSoap(TestPki.Algorithm algorithm, Soap.Version version)
            throws Exception {
        TestPki pki = TestPki.of(algorithm);
        SigningCredential sender = pki.member(TestPki.MEMBER_A);
        SigningCredential receiver = pki.member(TestPki.MEMBER_B);
        MutableClock clock = MutableClock.atTestNow();
        MessageProtector protector = new MessageProtector(clock);
        MessageVerifier verifier = new MessageVerifier(
                new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                new InMemoryReplayCache(), clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
        List<javax.xml.namespace.QName> headers = List.of(Soap.CLIENT, Soap.SERVICE, Soap.ID);

        Document sent = protector.protect(Soap.request(version), sender, receiver.certificate(), headers);
        String wire = Soap.serialize(sent);

        assertThat(wire).doesNotContain(Soap.PERSON_CODE).contains("EncryptedData", "BinarySecurityToken");
        assertThat(wire).contains("xmlenc11#aes256-gcm", "X509PKIPathv1", "xml-exc-c14n#", "xmlenc#sha256");
        if (algorithm == TestPki.Algorithm.RSA) {
            assertThat(wire).contains("xmldsig-more#sha256-rsa-MGF1", "xmlenc11#rsa-oaep", "xmlenc11#mgf1sha256");
        } else {
            assertThat(wire).contains("xmldsig-more#ecdsa-sha256", "xmlenc11#ECDH-ES", "xmlenc#kw-aes256");
        }

        VerifiedMessage verified = verifier.verify(Soap.parse(wire), receiver, headers);

        assertThat(verified.signerCertificate()).isEqualTo(sender.certificate());
        assertThat(verified.signerChain()).containsExactly(sender.certificate(), pki.intermediate(), pki.root());
        assertThat(verified.signerMember()).contains(TestPki.MEMBER_A);
        assertThat(verified.timestampCreated()).isEqualTo(TestPki.NOW);
        String plain = Soap.serialize(verified.envelope());
        assertThat(plain).contains(Soap.PERSON_CODE, "VN/GOV/MPS/traffic")
                .doesNotContain("Security", "EncryptedData", "wsu:Id");
        Element envelope = verified.envelope().getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(version.namespace());
    }
}
