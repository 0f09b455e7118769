package vn.lienthong.certs.tsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.CertificateType;
import vn.lienthong.certs.testing.CertificateAssertions;
import vn.lienthong.certs.testing.TestCa;

class TimeStampAuthorityTest {

    /** A fixed time within the TSA certificate's validity, whole seconds as the token's genTime has it. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private CertificateAuthority ca;
    private TimeStampAuthority tsa;

    @BeforeEach
    void createCaAndTsa() {
        ca = TestCa.create(dir.resolve("ca"));
        AtomicLong serials = new AtomicLong(100);
        tsa = new TimeStampAuthority(ca.timeStampingCredential(TestCa.PASSWORD), TimeStampAuthority.DEFAULT_POLICY,
                () -> BigInteger.valueOf(serials.getAndIncrement()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-256", "SHA-384", "SHA-512"})
    void grantsASignedTokenOverTheImprintWithTheNonceEchoed(String digest) throws Exception {
        TimeStampRequest request = request(digest, BigInteger.valueOf(424242), true);

        TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));

        response.validate(request);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(424242);
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
        assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo(TimeStampAuthority.DEFAULT_POLICY);
        assertThat(token.getTimeStampInfo().getSerialNumber()).isEqualTo(100);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(request.getMessageImprintDigest());
        assertThat(token.getCertificates().getMatches(null)).hasSize(2);
    }

    @Test
    void numbersTokensWithoutRepeatingAndLeavesCertificatesOutWhenNotAsked() throws Exception {
        TimeStampResponse first = new TimeStampResponse(tsa.respond(request("SHA-256", null, false).getEncoded()));
        TimeStampResponse second = new TimeStampResponse(tsa.respond(request("SHA-256", null, false).getEncoded()));

        assertThat(first.getTimeStampToken().getTimeStampInfo().getSerialNumber()).isEqualTo(100);
        assertThat(second.getTimeStampToken().getTimeStampInfo().getSerialNumber()).isEqualTo(101);
        assertThat(first.getTimeStampToken().getCertificates().getMatches(null)).isEmpty();
    }

    @Test
    void rejectsAWeakDigestAnUnknownPolicyAndGarbage() throws Exception {
        TimeStampRequestGenerator sha1 = new TimeStampRequestGenerator();
        byte[] sha1Request = sha1.generate(TSPAlgorithms.SHA1, new byte[20]).getEncoded();
        TimeStampRequestGenerator otherPolicy = new TimeStampRequestGenerator();
        otherPolicy.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4.5"));
        byte[] otherPolicyRequest = otherPolicy.generate(TSPAlgorithms.SHA256, new byte[32]).getEncoded();
        byte[] wrongLength = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, new byte[20]).getEncoded();

        assertRejected(sha1Request, PKIFailureInfo.badAlg);
        assertRejected(otherPolicyRequest, PKIFailureInfo.unacceptedPolicy);
        assertRejected(wrongLength, PKIFailureInfo.badDataFormat);
        assertRejected("not a request".getBytes(), PKIFailureInfo.badDataFormat);
        assertRejected(new byte[0], PKIFailureInfo.badDataFormat);
    }

    @Test
    void theTsaCertificateHasACriticalTimeStampingUsageOnly() throws Exception {
        X509Certificate certificate = tsa.certificate();

        CertificateAssertions.validate(ca.root(), certificate, ca.intermediate());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(ca.lookUp(certificate.getSerialNumber()).orElseThrow().type()).isEqualTo(CertificateType.TIME_STAMPING);
        assertThat(ca.timeStampingCertificatePem()).isRegularFile();
    }

    @Test
    void persistsTokenSerialNumbersAndTheCertificateAcrossRestarts() throws Exception {
        TimeStampAuthority first = TimeStampAuthority.open(ca, TestCa.PASSWORD, TimeStampAuthority.DEFAULT_POLICY);
        BigInteger before = serialOf(first.respond(request("SHA-256", null, false).getEncoded()));

        TimeStampAuthority restarted = TimeStampAuthority.open(TestCa.reopen(dir.resolve("ca")), TestCa.PASSWORD,
                TimeStampAuthority.DEFAULT_POLICY);

        assertThat(restarted.certificate()).isEqualTo(first.certificate());
        assertThat(serialOf(restarted.respond(request("SHA-256", null, false).getEncoded())))
                .isEqualTo(before.add(BigInteger.ONE));
    }

    @Test
    void doesNotSignWithACertificateThatHasExpired() throws Exception {
        TimeStampAuthority late = new TimeStampAuthority(ca.timeStampingCredential(TestCa.PASSWORD),
                TimeStampAuthority.DEFAULT_POLICY, () -> BigInteger.ONE,
                Clock.fixed(tsa.certificate().getNotAfter().toInstant().plusSeconds(1), ZoneOffset.UTC));

        TimeStampResponse response = new TimeStampResponse(late.respond(request("SHA-256", null, false).getEncoded()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.systemFailure);
    }

    @Test
    void refusesAPolicyThatIsNotAnOid() {
        assertThatThrownBy(() -> TimeStampAuthority.open(ca, TestCa.PASSWORD, "gold"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gold' is not an object identifier");
    }

    private void assertRejected(byte[] request, int failureBit) throws Exception {
        TimeStampResponse response = new TimeStampResponse(tsa.respond(request));
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(failureBit);
        assertThat(response.getTimeStampToken()).isNull();
    }

    private static BigInteger serialOf(byte[] response) throws Exception {
        return new TimeStampResponse(response).getTimeStampToken().getTimeStampInfo().getSerialNumber();
    }

    static TimeStampRequest request(String digest, BigInteger nonce, boolean certReq) throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        ASN1ObjectIdentifier algorithm = switch (digest) {
            case "SHA-256" -> TSPAlgorithms.SHA256;
            case "SHA-384" -> TSPAlgorithms.SHA384;
            case "SHA-512" -> TSPAlgorithms.SHA512;
            default -> OIWObjectIdentifiers.idSHA1;
        };
        byte[] imprint = MessageDigest.getInstance(digest).digest("a document".getBytes());
        return nonce == null ? generator.generate(algorithm, imprint) : generator.generate(algorithm, imprint, nonce);
    }
}
