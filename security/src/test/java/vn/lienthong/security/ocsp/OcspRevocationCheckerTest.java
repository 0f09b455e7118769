package vn.lienthong.security.ocsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.TestOcspResponder;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.CertificatePurpose;
import vn.lienthong.security.trust.CertificateValidationException;
import vn.lienthong.security.trust.CertificateValidationException.Reason;

class OcspRevocationCheckerTest {

    private final TestPki pki = TestPki.rsa();
    private final MutableClock clock = MutableClock.atTestNow();
    private TestOcspResponder responder;
    private SigningCredential member;
    private OcspRevocationChecker checker;

    @BeforeEach
    void start() {
        responder = TestOcspResponder.start(clock, pki.intermediateCredential(), pki.rootCredential());
        member = pki.memberWithOcsp(TestPki.MEMBER_A, responder.uri());
    }

    @AfterEach
    void stop() {
        responder.close();
        if (checker != null) {
            checker.close();
        }
    }

    /** The member certificate names the responder in its AIA; the intermediate does not, so it is configured. */
    private OcspRevocationChecker checker(OcspSettings settings) {
        checker = new OcspRevocationChecker(settings.withResponderOverrides(
                Map.of(pki.root().getSubjectX500Principal(), responder.uri())), clock);
        return checker;
    }

    private List<java.security.cert.X509Certificate> validate(OcspRevocationChecker revocation)
            throws CertificateValidationException {
        return new CertificateChainValidator(pki.trustAnchors(), revocation)
                .validate(member.chainList(), clock.instant(), CertificatePurpose.MESSAGE_SIGNING);
    }

    @Test
    void goodCertificatesPassAndTheAnswersAreCached() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults());

        validate(ocsp);
        validate(ocsp);

        assertThat(responder.requests()).as("leaf and intermediate, asked once each").isEqualTo(2);
        OcspStatus status = ocsp.cachedStatus(member.certificate()).orElseThrow();
        assertThat(status.status()).isEqualTo(OcspStatus.Status.GOOD);
        assertThat(status.fetchedAt()).isEqualTo(TestPki.NOW);
        assertThat(status.serial()).isEqualTo(member.certificate().getSerialNumber());
    }

    @Test
    void aRevokedCertificateIsRefusedNamingSerialTimeAndReason() {
        responder.revoke(member.certificate().getSerialNumber(), TestPki.NOW.minus(Duration.ofHours(2)), 1);

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED))
                .hasMessageContaining("serial " + member.certificate().getSerialNumber().toString(16))
                .hasMessageContaining("revoked at 2026-06-01T06:00:00Z")
                .hasMessageContaining("keyCompromise");
    }

    @Test
    void aRevokedIntermediateRevokesTheChain() {
        responder.revoke(pki.intermediate().getSerialNumber(), TestPki.NOW.minus(Duration.ofDays(1)), 2);

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED))
                .hasMessageContaining("cACompromise");
    }

    @Test
    void aCertificateUnknownToTheResponderIsRefused() {
        responder.markUnknown(member.certificate().getSerialNumber());

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN))
                .hasMessageContaining("unknown to its OCSP responder");
    }

    @Test
    void anUnreachableResponderFailsClosedByDefault() {
        responder.close();

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN))
                .hasMessageContaining("is unreachable");
        assertThat(checker.status(member.certificate(), pki.intermediate()).status())
                .isEqualTo(OcspStatus.Status.UNAVAILABLE);
    }

    @Test
    void failOpenAcceptsOnlyForTheGracePeriod() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults()
                .withFailurePolicy(OcspFailurePolicy.failOpenFor(Duration.ofMinutes(10))));
        validate(ocsp);
        responder.close();
        clock.advance(Duration.ofMinutes(61));

        validate(ocsp);
        clock.advance(Duration.ofMinutes(9));
        validate(ocsp);
        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> validate(ocsp))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN));
    }

    @Test
    void aKnownRevocationIsNotFailedOpen() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults()
                .withFailurePolicy(OcspFailurePolicy.failOpenFor(Duration.ofHours(1))));
        responder.revoke(member.certificate().getSerialNumber(), TestPki.NOW.minus(Duration.ofHours(1)), 1);
        assertThatThrownBy(() -> validate(ocsp)).isInstanceOf(CertificateValidationException.class);
        responder.close();
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> validate(ocsp))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED));
    }

    @Test
    void aStaleAnswerIsFetchedAgain() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults());
        validate(ocsp);
        clock.advance(Duration.ofMinutes(59));
        validate(ocsp);
        assertThat(responder.requests()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        validate(ocsp);

        assertThat(responder.requests()).isEqualTo(4);
        assertThat(ocsp.cachedStatus(member.certificate()).orElseThrow().fetchedAt())
                .isEqualTo(TestPki.NOW.plus(Duration.ofMinutes(61)));
    }

    @Test
    void prefetchRefreshesAnswersBeforeTheyGoStale() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults());
        validate(ocsp);
        clock.advance(Duration.ofMinutes(30));
        assertThat(ocsp.refreshDue()).as("fresh beyond the next run (20 min)").isZero();

        clock.advance(Duration.ofMinutes(15));
        assertThat(ocsp.refreshDue()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(30));
        validate(ocsp);

        assertThat(responder.requests()).as("the message path found fresh answers").isEqualTo(4);
    }

    @Test
    void theBackgroundTaskPrefetchesAndStopsOnClose() throws Exception {
        OcspRevocationChecker ocsp = checker(OcspSettings.defaults().withPrefetchInterval(Duration.ofMillis(50)));
        validate(ocsp);
        clock.advance(Duration.ofMinutes(60).minusMillis(20));

        // the responder counts a request before the checker has stored its answer: wait for the stored answer
        await().atMost(Duration.ofSeconds(10)).until(() -> ocsp.cachedStatus(member.certificate())
                .map(status -> status.fetchedAt().equals(clock.instant())).orElse(false));
        assertThat(responder.requests()).as("the first two fetches and the background task's two").isGreaterThanOrEqualTo(4);
        ocsp.close();
    }

    @Test
    void aResponseWithAnotherNonceIsRefused() {
        responder.nonce(TestOcspResponder.NonceMode.WRONG);

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN))
                .hasMessageContaining("carries another request's nonce");
    }

    @Test
    void aResponseWithoutNonceIsRefused() {
        responder.nonce(TestOcspResponder.NonceMode.OMIT);

        assertThatThrownBy(() -> validate(checker(OcspSettings.defaults())))
                .isInstanceOf(CertificateValidationException.class)
                .hasMessageContaining("carries no nonce");
    }

    @Test
    void aDelegatedResponderOfTheCaIsAccepted() throws Exception {
        responder.signWith(pki.ocspResponder());

        checker(OcspSettings.defaults()).check(List.of(member.certificate(), pki.intermediate()), clock.instant());

        assertThat(checker.cachedStatus(member.certificate()).orElseThrow().status()).isEqualTo(OcspStatus.Status.GOOD);
    }

    @Test
    void aResponseSignedByAnUnauthorisedKeyIsRefused() {
        responder.signWith(TestPki.rogue().ocspResponder());

        assertThatThrownBy(() -> checker(OcspSettings.defaults())
                .check(List.of(member.certificate(), pki.intermediate()), clock.instant()))
                .isInstanceOfSatisfying(CertificateValidationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN))
                .hasMessageContaining("is not signed by its CA");
    }

    @Test
    void aCertificateOfTheCaWithoutOcspSigningUsageCannotAnswer() {
        responder.signWith(pki.member(TestPki.MEMBER_B));

        assertThatThrownBy(() -> checker(OcspSettings.defaults())
                .check(List.of(member.certificate(), pki.intermediate()), clock.instant()))
                .isInstanceOf(CertificateValidationException.class)
                .hasMessageContaining("is not signed by its CA");
    }

    @Test
    void aCertificateWithoutResponderIsRefusedUnlessConfigured() {
        SigningCredential noAia = pki.member(TestPki.MEMBER_B);
        checker = new OcspRevocationChecker(OcspSettings.defaults(), clock);

        assertThatThrownBy(() -> checker.check(noAia.chainList(), clock.instant()))
                .isInstanceOf(CertificateValidationException.class)
                .hasMessageContaining("names no OCSP responder");

        checker.close();
        checker = new OcspRevocationChecker(OcspSettings.defaults().withResponderOverrides(
                Map.of(pki.intermediate().getSubjectX500Principal(), URI.create(responder.uri().toString()))), clock);
        assertThat(checker.status(noAia.certificate(), pki.intermediate()).status()).isEqualTo(OcspStatus.Status.GOOD);
    }
}
