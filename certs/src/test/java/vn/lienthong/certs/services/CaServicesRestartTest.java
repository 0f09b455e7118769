package vn.lienthong.certs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.certs.testing.Identities.MPS;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.RevocationReason;
import vn.lienthong.certs.ocsp.OcspHttpServer;
import vn.lienthong.certs.testing.Http;
import vn.lienthong.certs.testing.OcspRequests;
import vn.lienthong.certs.testing.TestCa;
import vn.lienthong.certs.tsa.TsaHttpServer;

/** Everything the CA's services count or create continues from disk after a restart. */
class CaServicesRestartTest {

    @TempDir
    Path dir;

    @Test
    void serialsCrlNumbersResponderAndRevocationsContinueAfterARestart() throws Exception {
        CertificateAuthority ca = TestCa.create(dir);
        X509Certificate revoked = TestCa.signingCertificate(ca, MPS);
        ca.revoke(revoked.getSerialNumber(), RevocationReason.SUPERSEDED);
        BigInteger firstCrl = ca.issueCrl(Duration.ofDays(1)).number();
        BigInteger firstToken;
        X509Certificate responder;
        try (CaServices services = CaServices.start(ca, TestCa.PASSWORD, CaServices.Settings.loopback(0, 0))) {
            firstToken = tokenSerial(services);
            responder = services.ocspResponderCertificate();
        }

        CertificateAuthority reopened = TestCa.reopen(dir);
        try (CaServices services = CaServices.start(reopened, TestCa.PASSWORD, CaServices.Settings.loopback(0, 0))) {
            assertThat(tokenSerial(services)).isEqualTo(firstToken.add(BigInteger.ONE));
            assertThat(services.ocspResponderCertificate()).isEqualTo(responder);
            OCSPResp answer = new OCSPResp(Http.post(services.ocspUri(), OcspHttpServer.REQUEST_TYPE,
                    OcspRequests.request(null, OcspRequests.id(reopened.intermediate(), revoked.getSerialNumber())))
                    .body());
            assertThat(((BasicOCSPResp) answer.getResponseObject()).getResponses()[0].getCertStatus())
                    .isInstanceOf(RevokedStatus.class);
        }
        assertThat(reopened.issueCrl(Duration.ofDays(1)).number()).isEqualTo(firstCrl.add(BigInteger.ONE));
        BigInteger nextCertificate = TestCa.signingCertificate(reopened, MPS).getSerialNumber();
        assertThat(nextCertificate).isGreaterThan(responder.getSerialNumber());
    }

    private static BigInteger tokenSerial(CaServices services) throws Exception {
        byte[] query = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256,
                MessageDigest.getInstance("SHA-256").digest(new byte[] {1})).getEncoded();
        return new TimeStampResponse(Http.post(services.tsaUri(), TsaHttpServer.REQUEST_TYPE, query).body())
                .getTimeStampToken().getTimeStampInfo().getSerialNumber();
    }
}
