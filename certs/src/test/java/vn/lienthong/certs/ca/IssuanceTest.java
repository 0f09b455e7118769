package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.certs.testing.Identities.MPS;
import static vn.lienthong.certs.testing.Identities.SS_MPS;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.testing.CertificateAssertions;
import vn.lienthong.certs.testing.Requests;
import vn.lienthong.conf.profile.CertificateProfile;

class IssuanceTest {

    private static final Duration YEAR = Duration.ofDays(365);
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    @TempDir
    static Path dir;
    static CertificateAuthority ca;

    @BeforeAll
    static void createCa() {
        ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.RSA_2048, "pw".toCharArray());
    }

    @Test
    void signingCertificateForAnRsaKey() throws Exception {
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();

        X509Certificate certificate = ca.issueSigningCertificate(
                CertificationRequests.create(keys, CertificateProfile.memberSubject(MPS)), MPS, YEAR);

        assertThat(certificate.getSubjectX500Principal()).isEqualTo(CertificateProfile.memberSubject(MPS));
        assertThat(CertificateProfile.memberOf(certificate)).contains(MPS);
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(certificate.getKeyUsage()).containsExactly(usage(DIGITAL_SIGNATURE, NON_REPUDIATION,
                KEY_ENCIPHERMENT));
        assertThat(certificate.getExtendedKeyUsage()).isNull();
        assertEndEntityIssuedByIntermediate(certificate);
    }

    @Test
    void signingCertificateForAnEcKeyAllowsKeyAgreementInsteadOfKeyEncipherment() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();

        X509Certificate certificate = ca.issueSigningCertificate(
                CertificationRequests.create(keys, CertificateProfile.memberSubject(MPS)), MPS, YEAR);

        assertThat(certificate.getKeyUsage()).containsExactly(usage(DIGITAL_SIGNATURE, NON_REPUDIATION,
                KEY_AGREEMENT));
        assertEndEntityIssuedByIntermediate(certificate);
    }

    @Test
    void authenticationCertificateForAnRsaKey() throws Exception {
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();

        X509Certificate certificate = ca.issueAuthenticationCertificate(
                CertificationRequests.create(keys, CertificateProfile.serverSubject(SS_MPS)), SS_MPS, YEAR);

        assertThat(certificate.getSubjectX500Principal()).isEqualTo(CertificateProfile.serverSubject(SS_MPS));
        assertThat(CertificateProfile.serverOf(certificate)).contains(SS_MPS);
        assertThat(certificate.getKeyUsage()).containsExactly(usage(DIGITAL_SIGNATURE, KEY_ENCIPHERMENT));
        assertThat(certificate.getExtendedKeyUsage()).containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
        assertThat(certificate.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(IP_ADDRESS, "127.0.0.1"), List.of(DNS_NAME, "localhost"));
        assertEndEntityIssuedByIntermediate(certificate);
    }

    @Test
    void authenticationCertificateForAnEcKey() throws Exception {
        KeyPair keys = Requests.ec("secp384r1");

        X509Certificate certificate = ca.issueAuthenticationCertificate(
                CertificationRequests.create(keys, CertificateProfile.serverSubject(SS_MPS)), SS_MPS, YEAR);

        assertThat(certificate.getKeyUsage()).containsExactly(usage(DIGITAL_SIGNATURE, KEY_AGREEMENT));
        assertThat(certificate.getExtendedKeyUsage()).containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
        assertEndEntityIssuedByIntermediate(certificate);
    }

    @Test
    void validityRunsFromShortlyBeforeNowForTheRequestedDuration() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        X509Certificate certificate = ca.issueSigningCertificate(CertificationRequests.create(
                KeyAlgorithm.EC_P256.generate(), CertificateProfile.memberSubject(MPS)), MPS, Duration.ofDays(30));

        Instant after = Instant.now();
        assertThat(certificate.getNotBefore().toInstant())
                .isBetween(before.minus(CertificateAuthority.BACKDATING), after.minus(CertificateAuthority.BACKDATING));
        assertThat(certificate.getNotAfter().toInstant())
                .isBetween(before.plus(Duration.ofDays(30)), after.plus(Duration.ofDays(30)));
    }

    @Test
    void aClockInThePastYieldsAnExpiredCertificateForTests() throws Exception {
        Instant lastYear = Instant.now().minus(YEAR);
        CertificateAuthority pastCa = ca.withClock(Clock.fixed(lastYear, ZoneOffset.UTC));

        X509Certificate certificate = pastCa.issueSigningCertificate(CertificationRequests.create(
                KeyAlgorithm.EC_P256.generate(), CertificateProfile.memberSubject(MPS)), MPS, Duration.ofDays(1));

        assertThat(certificate.getNotAfter().toInstant()).isBefore(Instant.now());
        assertThat(ca.issuedCertificate(certificate.getSerialNumber())).contains(certificate);
    }

    @Test
    void refusesAValidityOutlastingTheIntermediate() {
        byte[] request = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MPS));

        assertThatThrownBy(() -> ca.issueSigningCertificate(request, MPS, Duration.ofDays(365 * 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueSigningCertificate(request, MPS, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertEndEntityIssuedByIntermediate(X509Certificate certificate) throws Exception {
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(ca.intermediate().getSubjectX500Principal());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(certificate.getCriticalExtensionOIDs()).as("basicConstraints and keyUsage critical")
                .containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
        assertThat(CertificateAssertions.authorityKeyIdentifier(certificate))
                .isEqualTo(CertificateAssertions.subjectKeyIdentifier(ca.intermediate()));
        assertThat(CertificateAssertions.subjectKeyIdentifier(certificate)).hasSize(20);
        certificate.verify(ca.intermediate().getPublicKey());
        CertificateAssertions.validate(ca.root(), certificate, ca.intermediate());
        assertThat(ca.issuedCertificate(certificate.getSerialNumber())).contains(certificate);
    }

    private static boolean[] usage(int... bits) {
        boolean[] usage = new boolean[9];
        for (int bit : bits) {
            usage[bit] = true;
        }
        return usage;
    }
}
