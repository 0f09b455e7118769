package vn.lienthong.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import vn.lienthong.security.keyconf.KeyManager;
import vn.lienthong.security.keyconf.KeyMetadataFile;
import vn.lienthong.security.keyconf.KeyPurpose;
import vn.lienthong.security.keyconf.KeyRecord;
import vn.lienthong.security.keyconf.KeyState;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.CertificationRequestsForTests;
import vn.lienthong.security.testpki.InMemoryReplayCache;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.SoftHsm;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.wss.MessageProtector;
import vn.lienthong.security.wss.MessageVerifier;
import vn.lienthong.security.wss.VerifiedMessage;

/** Keys in a real PKCS#11 token (SoftHSM2): generated on the device, requested, certified, signing WS-Security. */
class Pkcs11TokenTest {

    private static final String PIN = "1234";
    private static final List<QName> HEADERS = List.of(Soap.CLIENT, Soap.SERVICE, Soap.ID);

    private static long slot;

    @TempDir
    Path keys;

    @BeforeAll
    static void initialiseToken() {
        assumeTrue(SoftHsm.installed(), SoftHsm.NOT_INSTALLED);
        slot = SoftHsm.initToken("lienthong-" + UUID.randomUUID().toString().substring(0, 8), "87654321", PIN);
    }

    private static Pkcs11Token open() throws TokenException {
        return Pkcs11Token.open(Pkcs11Settings.bySlotId("hsm", SoftHsm.LIBRARY, slot), PIN.toCharArray());
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void hsmKeySignsAWsSecurityMessageThatVerifies(KeyType type) throws Exception {
        TestPki pki = TestPki.rsa();
        MutableClock clock = MutableClock.atTestNow();
        try (Pkcs11Token token = open()) {
            KeyManager manager = KeyManager.open(token, KeyMetadataFile.of(keys, token.name()), pki.trustAnchors(),
                    clock, KeyManager.DEFAULT_EXPIRY_WARNING);
            KeyRecord key = manager.generate(KeyPurpose.signing(TestPki.MEMBER_A), type);

            CertificationRequestsForTests request = CertificationRequestsForTests.read(
                    manager.certificationRequest(key.alias()));
            assertThat(request.subject()).isEqualTo(KeyPurpose.signing(TestPki.MEMBER_A).subject());
            X509Certificate issued = pki.issue(request.subject(), request.publicKey(),
                    TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(365)), false);
            manager.importCertificate(List.of(issued), Optional.empty());
            manager.activate(key.alias());

            SigningCredential signer = manager.activeKeys().signing(TestPki.MEMBER_A).orElseThrow();
            assertThat(signer.provider()).isSameAs(token.provider().orElseThrow());
            assertThat(signer.privateKey().getEncoded()).as("an HSM key never leaves the device").isNull();

            SigningCredential receiver = pki.member(TestPki.MEMBER_B);
            Document sent = new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP11), signer,
                    receiver.certificate(), HEADERS);
            MessageVerifier verifier = new MessageVerifier(
                    new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                    new InMemoryReplayCache(), clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
            VerifiedMessage verified = verifier.verify(Soap.overTheWire(sent), receiver, HEADERS);

            assertThat(verified.signerCertificate()).isEqualTo(issued);
            assertThat(verified.signerMember()).contains(TestPki.MEMBER_A);
        }
    }

    @Test
    void keysAndCertificatesStayInTheDeviceAcrossSessions() throws Exception {
        String alias;
        X509Certificate issued;
        try (Pkcs11Token token = open()) {
            alias = "auth-" + UUID.randomUUID();
            TokenKey key = token.generateKeyPair(alias, KeyType.EC_P256);
            assertThat(key.chain()).as("no certificate until one is imported").isEmpty();
            issued = TestPki.rsa().issue(KeyPurpose.auth(TestPki.SERVER_A).subject(), key.publicKey(),
                    TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(365)), true);
            token.importCertificate(alias, List.of(issued, TestPki.rsa().intermediate()));
        }
        try (Pkcs11Token token = open()) {
            // The device builds the chain from every CA certificate it holds, so the root may follow.
            assertThat(token.key(alias).chain()).startsWith(issued, TestPki.rsa().intermediate());
            token.delete(alias);
            assertThat(token.keys()).extracting(TokenKey::alias).doesNotContain(alias);
        }
    }

    @Test
    void wrongPinIsRefusedAsSuch() {
        assertThatThrownBy(() -> Pkcs11Token.open(Pkcs11Settings.bySlotId("hsm", SoftHsm.LIBRARY, slot),
                "0000".toCharArray()))
                .isInstanceOfSatisfying(TokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.WRONG_PASSWORD))
                .hasMessage("wrong PIN for PKCS#11 token hsm");
    }

    @Test
    void aMissingModuleIsNamed() {
        assertThatThrownBy(() -> Pkcs11Token.open(Pkcs11Settings.bySlotId("hsm", Path.of("/nonexistent/libp11.so"), 0),
                PIN.toCharArray()))
                .isInstanceOfSatisfying(TokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.UNAVAILABLE))
                .hasMessageContaining("/nonexistent/libp11.so");
    }

    @Test
    void activeKeyStateIsKeptBesideTheDevice() throws Exception {
        try (Pkcs11Token token = open()) {
            KeyManager manager = KeyManager.open(token, KeyMetadataFile.of(keys, token.name()),
                    TestPki.rsa().trustAnchors(), MutableClock.atTestNow(), KeyManager.DEFAULT_EXPIRY_WARNING);
            KeyRecord key = manager.generate(KeyPurpose.signing(TestPki.MEMBER_B), KeyType.RSA_2048);
            assertThat(key.state()).isEqualTo(KeyState.NEW);
            assertThat(KeyMetadataFile.of(keys, "hsm").read()).containsKey(key.alias());
            manager.delete(key.alias());
        }
    }
}
