package vn.lienthong.certs.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.http.HttpEndpoint;
import vn.lienthong.certs.testing.Http;
import vn.lienthong.certs.testing.Openssl;
import vn.lienthong.certs.testing.TestCa;

class TsaHttpServerTest {

    @TempDir
    Path dir;

    private CertificateAuthority ca;
    private TsaHttpServer server;

    @BeforeEach
    void start() {
        ca = TestCa.create(dir.resolve("ca"));
        server = TsaHttpServer.start(TimeStampAuthority.open(ca, TestCa.PASSWORD, TimeStampAuthority.DEFAULT_POLICY),
                HttpEndpoint.loopback(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersAQueryWithATimeStampReply() throws Exception {
        TimeStampRequest request = TimeStampAuthorityTest.request("SHA-256", BigInteger.TEN, true);

        HttpResponse<byte[]> reply = Http.post(server.uri(), TsaHttpServer.REQUEST_TYPE, request.getEncoded());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).contains(TsaHttpServer.RESPONSE_TYPE);
        TimeStampResponse response = new TimeStampResponse(reply.body());
        response.validate(request);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
    }

    @Test
    void rejectsGarbageAndOversizedQueriesAndOtherMethods() throws Exception {
        HttpResponse<byte[]> garbage = Http.post(server.uri(), TsaHttpServer.REQUEST_TYPE, "hello".getBytes());
        HttpResponse<byte[]> tooLarge = Http.post(server.uri(), TsaHttpServer.REQUEST_TYPE,
                new byte[TsaHttpServer.MAX_REQUEST_BYTES + 1]);
        HttpResponse<byte[]> get = Http.get(server.uri());

        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(new TimeStampResponse(garbage.body()).getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(new TimeStampResponse(garbage.body()).getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(new TimeStampResponse(tooLarge.body()).getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void opensslVerifiesATokenFromTheTsa() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        Path data = dir.resolve("document.txt");
        Files.writeString(data, "Công văn số 123/BCA, ngày 01/02/2025\n");
        Path query = dir.resolve("q.tsq");
        Openssl.Result made = openssl.run("ts", "-query", "-data", data.toString(), "-sha256", "-cert",
                "-out", query.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();

        HttpResponse<byte[]> reply = Http.post(server.uri(), TsaHttpServer.REQUEST_TYPE, Files.readAllBytes(query));
        TimeStampResponse response = new TimeStampResponse(reply.body());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        Path token = dir.resolve("token.tst");
        Files.write(token, response.getTimeStampToken().getEncoded());

        Openssl.Result verified = openssl.run("ts", "-verify", "-in", token.toString(), "-token_in", "-data",
                data.toString(), "-CAfile", ca.rootCertificatePem().toString(), "-untrusted",
                ca.intermediateCertificatePem().toString());
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verification: OK");

        Files.writeString(data, "Công văn số 124/BCA, ngày 01/02/2025\n");
        Openssl.Result tampered = openssl.run("ts", "-verify", "-in", token.toString(), "-token_in", "-data",
                data.toString(), "-CAfile", ca.rootCertificatePem().toString(), "-untrusted",
                ca.intermediateCertificatePem().toString());
        assertThat(tampered.exitCode()).as(tampered.output()).isNotZero();
    }
}
