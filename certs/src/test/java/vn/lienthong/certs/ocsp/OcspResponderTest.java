package vn.lienthong.certs.ocsp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.CertificateType;
import vn.lienthong.certs.ca.IssuedCertificate;
import vn.lienthong.certs.ca.RevocationReason;
import vn.lienthong.certs.testing.CertificateAssertions;
import vn.lienthong.certs.testing.OcspRequests;
import vn.lienthong.certs.testing.TestCa;

class OcspResponderTest {

    /** A fixed time within the responder certificate's validity, in whole seconds as OCSP times are. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private CertificateAuthority ca;
    private OcspResponder responder;

    @BeforeEach
    void createCaAndResponder() {
        ca = TestCa.create(dir.resolve("ca"));
        responder = new OcspResponder(ca, ca.ocspResponderCredential(TestCa.PASSWORD), Clock.fixed(NOW,
                ZoneOffset.UTC), Duration.ofMinutes(30));
    }

    @Test
    void answersGoodRevokedAndUnknownInOneSignedResponse() throws Exception {
        X509Certificate valid = TestCa.signingCertificate(ca, MPS);
        X509Certificate revoked = TestCa.signingCertificate(ca, MOH);
        IssuedCertificate revocation = ca.revoke(revoked.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        CertificateID never = OcspRequests.id(ca.intermediate(), BigInteger.valueOf(0xABCDEF));

        BasicOCSPResp basic = successful(responder.respond(OcspRequests.request(null,
                OcspRequests.id(ca.intermediate(), valid.getSerialNumber()),
                OcspRequests.id(ca.intermediate(), revoked.getSerialNumber()), never)));

        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder.certificate())))
                .isTrue();
        assertThat(basic.getCerts()).containsExactly(new JcaX509CertificateHolder(responder.certificate()));
        SingleResp[] answers = basic.getResponses();
        assertThat(answers).hasSize(3);
        assertThat(answers[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        RevokedStatus status = (RevokedStatus) answers[1].getCertStatus();
        assertThat(status.getRevocationTime().toInstant()).isEqualTo(revocation.revocation().time());
        assertThat(status.getRevocationReason()).isEqualTo(RevocationReason.KEY_COMPROMISE.code());
        assertThat(answers[2].getCertStatus()).isInstanceOf(UnknownStatus.class);
        for (SingleResp answer : answers) {
            assertThat(answer.getThisUpdate().toInstant()).isEqualTo(NOW);
            assertThat(answer.getNextUpdate().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        }
        assertThat(basic.getProducedAt().toInstant()).isEqualTo(NOW);
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)).isNull();
    }

    @Test
    void echoesTheNonce() throws Exception {
        byte[] nonce = new byte[16];
        Arrays.fill(nonce, (byte) 0x5A);

        BasicOCSPResp basic = successful(responder.respond(OcspRequests.request(nonce,
                OcspRequests.id(ca.intermediate(), TestCa.signingCertificate(ca, MPS).getSerialNumber()))));

        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        assertThat(ASN1OctetString.getInstance(echoed.getExtnValue().getOctets()).getOctets()).isEqualTo(nonce);
    }

    @Test
    void answersCertIdsHashedWithSha256() throws Exception {
        X509Certificate valid = TestCa.signingCertificate(ca, MPS);
        CertificateID id = OcspRequests.id(ca.intermediate(), valid.getSerialNumber(),
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));

        SingleResp answer = successful(responder.respond(OcspRequests.request(null, id))).getResponses()[0];

        assertThat(answer.getCertID()).isEqualTo(id);
        assertThat(answer.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
    }

    @Test
    void answersUnknownForACertificateOfAnotherIssuer() throws Exception {
        CertificateAuthority other = TestCa.create(dir.resolve("other"));
        X509Certificate foreign = TestCa.signingCertificate(other, MPS);
        // Even when this CA happens to have issued the same serial number, the issuer hashes do not match.
        CertificateID id = OcspRequests.id(other.intermediate(), foreign.getSerialNumber());

        SingleResp answer = successful(responder.respond(OcspRequests.request(null, id))).getResponses()[0];

        assertThat(answer.getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    @Test
    void answersMalformedRequestToWhatIsNotARequestOrAsksTooMuch() throws Exception {
        CertificateID id = OcspRequests.id(ca.intermediate(), BigInteger.TEN);
        CertificateID[] tooMany = new CertificateID[OcspResponder.MAX_CERTIFICATES_PER_REQUEST + 1];
        Arrays.fill(tooMany, id);

        for (byte[] request : new byte[][] {
                new byte[0], "not DER at all".getBytes(), Arrays.copyOf(OcspRequests.request(null, id), 20),
                OcspRequests.request(null, tooMany), OcspRequests.request(new byte[33], id),
                OcspRequests.request(null)}) {
            OCSPResp response = new OCSPResp(responder.respond(request));

            assertThat(response.getStatus()).as("%d bytes", request.length).isEqualTo(OCSPResp.MALFORMED_REQUEST);
            assertThat(response.getResponseObject()).isNull();
        }
    }

    @Test
    void answersInternalErrorRatherThanSignWithAnExpiredResponderCertificate() throws Exception {
        OcspResponder late = new OcspResponder(ca, ca.ocspResponderCredential(TestCa.PASSWORD),
                Clock.fixed(responder.certificate().getNotAfter().toInstant().plusSeconds(1), ZoneOffset.UTC),
                Duration.ofMinutes(30));

        OCSPResp response = new OCSPResp(late.respond(OcspRequests.request(null,
                OcspRequests.id(ca.intermediate(), TestCa.signingCertificate(ca, MPS).getSerialNumber()))));

        assertThat(response.getStatus()).isEqualTo(OCSPResp.INTERNAL_ERROR);
    }

    @Test
    void theDelegatedResponderCertificateIsForOcspSigningOnlyAndNeedsNoStatusCheck() throws Exception {
        X509Certificate certificate = responder.certificate();
        X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);

        certificate.verify(ca.intermediate().getPublicKey());
        CertificateAssertions.validate(ca.root(), certificate, ca.intermediate());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_OCSPSigning.getId());
        assertThat(holder.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck)).isNotNull();
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(ca.lookUp(certificate.getSerialNumber()).orElseThrow().type())
                .isEqualTo(CertificateType.OCSP_RESPONDER);
        assertThat(ca.ocspResponderCertificatePem()).isRegularFile();
    }

    @Test
    void keepsTheResponderCertificateAcrossRestartsAndReplacesARevokedOne() {
        X509Certificate first = responder.certificate();

        X509Certificate afterRestart = OcspResponder.open(TestCa.reopen(dir.resolve("ca")), TestCa.PASSWORD)
                .certificate();
        assertThat(afterRestart).isEqualTo(first);

        ca.revoke(first.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        X509Certificate replacement = OcspResponder.open(TestCa.reopen(dir.resolve("ca")), TestCa.PASSWORD)
                .certificate();
        assertThat(replacement).isNotEqualTo(first);
        assertThat(replacement.getPublicKey()).isNotEqualTo(first.getPublicKey());
    }

    private static BasicOCSPResp successful(byte[] der) throws Exception {
        OCSPResp response = new OCSPResp(der);
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        return (BasicOCSPResp) response.getResponseObject();
    }
}
