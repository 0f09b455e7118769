package vn.lienthong.security.keyconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.security.keyconf.KeyManagementException.Reason;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.ocsp.OcspStatus;
import vn.lienthong.security.testpki.CertificationRequestsForTests;
import vn.lienthong.security.testpki.InMemoryReplayCache;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.token.KeyType;
import vn.lienthong.security.token.SoftwareToken;
import vn.lienthong.security.token.TokenException;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.wss.MessageProtector;
import vn.lienthong.security.wss.MessageVerifier;
import vn.lienthong.security.wss.VerifiedMessage;

class KeyManagerTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final KeyPurpose SIGNING_A = KeyPurpose.signing(TestPki.MEMBER_A);

    private final TestPki pki = TestPki.rsa();
    private final MutableClock clock = MutableClock.atTestNow();

    @TempDir
    Path keys;

    private KeyManager manager;

    @BeforeEach
    void open() throws Exception {
        manager = openManager();
    }

    private KeyManager openManager() throws Exception {
        SoftwareToken token = SoftwareToken.openOrCreate("softtoken", keys.resolve("softtoken.p12"), PASSWORD);
        return KeyManager.open(token, KeyMetadataFile.of(keys, "softtoken"), pki.trustAnchors(), clock,
                KeyManager.DEFAULT_EXPIRY_WARNING);
    }

    /** Generate, request, let the test CA issue for the request: the certificate an officer gets back. */
    private X509Certificate issuedFor(KeyRecord key, Instant notAfter) throws Exception {
        CertificationRequestsForTests request = CertificationRequestsForTests.read(manager.certificationRequest(key.alias()));
        return pki.issue(request.subject(), request.publicKey(), TestPki.NOW.minus(Duration.ofDays(1)), notAfter,
                key.purpose().role() == KeyRole.AUTH);
    }

    private KeyRecord activeKey(KeyPurpose purpose) throws Exception {
        KeyRecord key = manager.generate(purpose, KeyType.EC_P256);
        manager.importCertificate(List.of(issuedFor(key, TestPki.NOW.plus(Duration.ofDays(365)))), Optional.empty());
        return manager.activate(key.alias());
    }

    @Test
    void theRequestCarriesTheProfileSubjectForEachPurpose() throws Exception {
        KeyRecord signing = manager.generate(SIGNING_A, KeyType.RSA_2048);
        KeyRecord auth = manager.generate(KeyPurpose.auth(TestPki.SERVER_A), KeyType.EC_P256);

        X500Principal signingSubject = CertificationRequestsForTests.read(
                manager.certificationRequest(signing.alias())).subject();
        X500Principal authSubject = CertificationRequestsForTests.read(manager.certificationRequest(auth.alias())).subject();
        assertThat(signingSubject).isEqualTo(CertificateProfile.memberSubject(TestPki.MEMBER_A));
        assertThat(CertificateProfile.serialNumber(signingSubject)).contains("VN/GOV/MPS");
        assertThat(authSubject).isEqualTo(CertificateProfile.serverSubject(TestPki.SERVER_A));
        assertThat(CertificateProfile.serialNumber(authSubject)).contains("VN/GOV/MPS/SS-MPS");
        assertThat(signing.state()).isEqualTo(KeyState.NEW);
    }

    @Test
    void anImportedAndActivatedKeySignsForItsMember() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        X509Certificate issued = issuedFor(key, TestPki.NOW.plus(Duration.ofDays(365)));

        assertThat(manager.importCertificate(List.of(issued), Optional.empty()).state()).isEqualTo(KeyState.READY);
        assertThat(manager.activeKeys().signing(TestPki.MEMBER_A)).isEmpty();
        manager.activate(key.alias());

        SigningCredential credential = manager.activeKeys().signing(TestPki.MEMBER_A).orElseThrow();
        assertThat(credential.certificate()).isEqualTo(issued);
        assertThat(credential.chainList()).containsExactly(issued, pki.intermediate(), pki.root());
        new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP12), credential,
                pki.member(TestPki.MEMBER_B).certificate(), List.of(Soap.CLIENT));
    }

    @Test
    void aSoftwareTokenKeyDecryptsWhatWasEncryptedToIt() throws Exception {
        activeKey(SIGNING_A);
        SigningCredential own = manager.activeKeys().signing(TestPki.MEMBER_A).orElseThrow();
        SigningCredential sender = pki.member(TestPki.MEMBER_B);
        Document sent = new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP11), sender,
                own.certificate(), List.of(Soap.CLIENT));
        MessageVerifier verifier = new MessageVerifier(
                new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                new InMemoryReplayCache(), clock, Duration.ofMinutes(5), Duration.ofSeconds(30));

        VerifiedMessage received = verifier.verify(Soap.overTheWire(sent), own, List.of(Soap.CLIENT));

        assertThat(Soap.serialize(received.envelope())).contains(Soap.PERSON_CODE);
    }

    @Test
    void aCertificateForAnotherKeyIsRefused() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        X509Certificate other = pki.member(TestPki.MEMBER_A).certificate();

        assertThatThrownBy(() -> manager.importCertificate(List.of(other), Optional.of(key.alias())))
                .isInstanceOfSatisfying(KeyManagementException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_MISMATCH);
                    assertThat(e.isInputError()).isTrue();
                })
                .hasMessageStartingWith("certificate does not match key " + key.alias());
        assertThatThrownBy(() -> manager.importCertificate(List.of(other), Optional.empty()))
                .hasMessageStartingWith("certificate does not match any key of token softtoken");
    }

    @Test
    void aCertificateFromAnUnapprovedCaIsRefused() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        CertificationRequestsForTests request = CertificationRequestsForTests.read(manager.certificationRequest(key.alias()));
        X509Certificate rogue = TestPki.rogue().issue(request.subject(), request.publicKey(),
                TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)), false);

        assertThatThrownBy(() -> manager.importCertificate(List.of(rogue), Optional.empty()))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CA_NOT_APPROVED))
                .hasMessageStartingWith("CA not approved: CN=Rogue Issuing CA");
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        X509Certificate expired = issuedFor(key, TestPki.NOW.minus(Duration.ofHours(1)));

        assertThatThrownBy(() -> manager.importCertificate(List.of(expired), Optional.empty()))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_EXPIRED))
                .hasMessageStartingWith("certificate expired at 2026-06-01T07:00:00Z");
    }

    @Test
    void aCertificateForAnotherPurposeIsRefused() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        CertificationRequestsForTests request = CertificationRequestsForTests.read(manager.certificationRequest(key.alias()));
        X509Certificate forB = pki.issue(KeyPurpose.signing(TestPki.MEMBER_B).subject(), request.publicKey(),
                TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)), false);

        assertThatThrownBy(() -> manager.importCertificate(List.of(forB), Optional.empty()))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_SUBJECT));
    }

    @Test
    void renewalSwitchesAtomicallyAndKeepsTheOldKeyUsable() throws Exception {
        KeyRecord old = activeKey(SIGNING_A);
        SigningCredential inFlight = manager.activeKeys().signing(TestPki.MEMBER_A).orElseThrow();

        KeyRecord renewed = manager.renew(old.alias());
        assertThat(renewed.purpose()).isEqualTo(SIGNING_A);
        manager.importCertificate(List.of(issuedFor(renewed, TestPki.NOW.plus(Duration.ofDays(730)))), Optional.empty());
        assertThat(manager.activeKeys().signing(TestPki.MEMBER_A)).contains(inFlight);

        manager.activate(renewed.alias());

        assertThat(manager.activeKeys().signing(TestPki.MEMBER_A).orElseThrow().certificate())
                .isNotEqualTo(inFlight.certificate());
        new MessageProtector(clock).protect(Soap.request(Soap.Version.SOAP11), inFlight,
                pki.member(TestPki.MEMBER_B).certificate(), List.of());
        assertThat(manager.list(RevocationStatusSource.none()))
                .extracting(s -> s.key().alias() + "=" + s.key().state())
                .containsExactlyInAnyOrder(old.alias() + "=READY", renewed.alias() + "=ACTIVE");
    }

    @Test
    void readersNeverSeeAGapWhileKeysSwitch() throws Exception {
        KeyRecord first = activeKey(SIGNING_A);
        KeyRecord second = activeKey(SIGNING_A);
        AtomicBoolean switching = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> gaps = reader.submit(() -> {
                int missing = 0;
                while (switching.get()) {
                    if (manager.activeKeys().signing(TestPki.MEMBER_A).isEmpty()) {
                        missing++;
                    }
                }
                return missing;
            });
            for (int i = 0; i < 20; i++) {
                manager.activate(i % 2 == 0 ? first.alias() : second.alias());
            }
            switching.set(false);
            assertThat(gaps.get()).isZero();
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void disableTakesAKeyOutOfUseAndOnlyInactiveKeysCanBeDeleted() throws Exception {
        KeyRecord key = activeKey(SIGNING_A);

        assertThatThrownBy(() -> manager.delete(key.alias()))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE))
                .hasMessageContaining("disable it first");
        manager.disable(key.alias());
        assertThat(manager.activeKeys().signing(TestPki.MEMBER_A)).isEmpty();
        manager.delete(key.alias());

        assertThat(manager.list(RevocationStatusSource.none())).isEmpty();
        assertThat(manager.token().keys()).isEmpty();
    }

    @Test
    void stateSurvivesReopeningAndTheActiveKeysAreLoaded() throws Exception {
        KeyRecord key = activeKey(KeyPurpose.auth(TestPki.SERVER_A));

        KeyManager reopened = openManager();

        assertThat(reopened.activeKeys().auth(TestPki.SERVER_A).orElseThrow().certificate().getSubjectX500Principal())
                .isEqualTo(KeyPurpose.auth(TestPki.SERVER_A).subject());
        assertThat(KeyMetadataFile.of(keys, "softtoken").read().get(key.alias()).state()).isEqualTo(KeyState.ACTIVE);
    }

    @Test
    void listShowsValidityExpiryWarningAndOcspStatus() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.RSA_2048);
        manager.importCertificate(List.of(issuedFor(key, TestPki.NOW.plus(Duration.ofDays(40)))), Optional.empty());
        manager.generate(KeyPurpose.auth(TestPki.SERVER_A), KeyType.EC_P256);
        OcspStatus good = new OcspStatus(java.math.BigInteger.TEN, OcspStatus.Status.GOOD, TestPki.NOW,
                null, TestPki.NOW, null, null, null);

        List<KeyStatus> before = manager.list(chain -> Optional.of(good));
        clock.advance(Duration.ofDays(15));
        List<KeyStatus> after = manager.list(RevocationStatusSource.none());

        KeyStatus signing = before.stream().filter(s -> s.key().alias().equals(key.alias())).findFirst().orElseThrow();
        assertThat(signing.daysToExpiry()).contains(40L);
        assertThat(signing.expiresSoon()).isFalse();
        assertThat(signing.validTo()).contains(TestPki.NOW.plus(Duration.ofDays(40)));
        assertThat(signing.revocation()).contains(good);
        KeyStatus pending = before.stream().filter(s -> !s.key().alias().equals(key.alias())).findFirst().orElseThrow();
        assertThat(pending.certificate()).isEmpty();
        assertThat(pending.revocation()).isEmpty();
        assertThat(after.stream().filter(s -> s.key().alias().equals(key.alias())).findFirst().orElseThrow())
                .satisfies(s -> {
                    assertThat(s.daysToExpiry()).contains(25L);
                    assertThat(s.expiresSoon()).isTrue();
                });
    }

    @Test
    void theWrongPasswordIsNamed() throws Exception {
        manager.generate(SIGNING_A, KeyType.EC_P256);

        assertThatThrownBy(() -> SoftwareToken.open("softtoken", keys.resolve("softtoken.p12"), "wrong".toCharArray()))
                .isInstanceOfSatisfying(TokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.WRONG_PASSWORD))
                .hasMessage("wrong password for token softtoken (softtoken.p12)");
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> manager.activate("signing-nope"))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_KEY))
                .hasMessage("token softtoken has no key signing-nope: see lienthong keys list");
    }

    @Test
    void aKeyWithoutCertificateCannotBeActivated() throws Exception {
        KeyRecord key = manager.generate(SIGNING_A, KeyType.EC_P256);

        assertThatThrownBy(() -> manager.activate(key.alias()))
                .isInstanceOfSatisfying(KeyManagementException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE))
                .hasMessageContaining("has no certificate yet");
    }

    @Test
    void purposesAreParsedWithTheirExpectedForm() {
        assertThat(KeyPurpose.parse("signing:VN/GOV/MPS")).isEqualTo(SIGNING_A);
        assertThat(KeyPurpose.parse("auth:VN/GOV/MPS/SS-MPS")).isEqualTo(KeyPurpose.auth(TestPki.SERVER_A));
        assertThatThrownBy(() -> KeyPurpose.parse("VN/GOV/MPS"))
                .hasMessageContaining("use signing:INSTANCE/CLASS/MEMBER or auth:INSTANCE/CLASS/MEMBER/SERVER");
    }
}
