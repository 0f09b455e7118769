package vn.lienthong.certs.ocsp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.RevocationReason;
import vn.lienthong.certs.http.HttpEndpoint;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.certs.testing.Http;
import vn.lienthong.certs.testing.OcspRequests;
import vn.lienthong.certs.testing.Openssl;
import vn.lienthong.certs.testing.TestCa;

class OcspHttpServerTest {

    @TempDir
    Path dir;

    private CertificateAuthority ca;
    private OcspHttpServer server;

    @BeforeEach
    void start() {
        ca = TestCa.create(dir.resolve("ca"));
        server = OcspHttpServer.start(OcspResponder.open(ca, TestCa.PASSWORD), HttpEndpoint.loopback(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnLoopback() {
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void answersPostAndGet() throws Exception {
        X509Certificate leaf = TestCa.signingCertificate(ca, MPS);
        byte[] request = OcspRequests.request(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
                OcspRequests.id(ca.intermediate(), leaf.getSerialNumber()));

        HttpResponse<byte[]> posted = Http.post(server.uri(), OcspHttpServer.REQUEST_TYPE, request);
        String base64 = URLEncoder.encode(Base64.getEncoder().encodeToString(request), StandardCharsets.US_ASCII);
        HttpResponse<byte[]> got = Http.get(server.uri().resolve("/" + base64));

        for (HttpResponse<byte[]> response : List.of(posted, got)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(OcspHttpServer.RESPONSE_TYPE);
            OCSPResp ocsp = new OCSPResp(response.body());
            assertThat(ocsp.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
            assertThat(((BasicOCSPResp) ocsp.getResponseObject()).getResponses()[0].getCertStatus())
                    .isEqualTo(CertificateStatus.GOOD);
        }
    }

    @Test
    void answersMalformedRequestWithoutAStackTrace() throws Exception {
        HttpResponse<byte[]> garbage = Http.post(server.uri(), OcspHttpServer.REQUEST_TYPE, "hello".getBytes());
        HttpResponse<byte[]> notBase64 = Http.get(server.uri().resolve("/not*base64"));
        HttpResponse<byte[]> tooLarge = Http.post(server.uri(), OcspHttpServer.REQUEST_TYPE,
                new byte[OcspHttpServer.MAX_REQUEST_BYTES + 1]);

        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(new OCSPResp(garbage.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(notBase64.statusCode()).isEqualTo(200);
        assertThat(new OCSPResp(notBase64.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(new OCSPResp(tooLarge.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
    }

    @Test
    void refusesOtherMethods() throws Exception {
        HttpResponse<byte[]> put = Http.send(server.uri(), "PUT", new byte[] {1});

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(new String(put.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void opensslVerifiesGoodAndRevokedAnswersWithTheNonceEchoed() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        X509Certificate good = TestCa.signingCertificate(ca, MPS);
        X509Certificate revoked = TestCa.signingCertificate(ca, MOH);
        ca.revoke(revoked.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        Path goodPem = dir.resolve("good.pem");
        Path revokedPem = dir.resolve("revoked.pem");
        Path responderAndIntermediate = dir.resolve("responder-chain.pem");
        Pem.write(goodPem, good);
        Pem.write(revokedPem, revoked);
        Files.writeString(responderAndIntermediate, Files.readString(ca.ocspResponderCertificatePem())
                + Files.readString(ca.intermediateCertificatePem()));

        Openssl.Result result = openssl.run("ocsp", "-issuer", ca.intermediateCertificatePem().toString(),
                "-cert", goodPem.toString(), "-cert", revokedPem.toString(), "-url", server.uri().toString(),
                "-CAfile", ca.rootCertificatePem().toString(), "-verify_other", responderAndIntermediate.toString(),
                "-resp_text");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("Response verify OK")
                .contains(goodPem + ": good")
                .contains(revokedPem + ": revoked")
                .contains("Reason: keyCompromise")
                .contains("OCSP Nonce")
                .doesNotContain("WARNING: no nonce in response")
                .doesNotContain("Nonce Verify error");
    }
}
