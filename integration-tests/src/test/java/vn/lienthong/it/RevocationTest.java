package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.VPCP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.ca.RevocationReason;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * The security officer revokes the Government Office's signing certificate; within the OCSP freshness the
 * provider's security server was configured with (5 s here), its next message is refused as revoked.
 */
class RevocationTest {

    static final int FRESHNESS_SECONDS = 5;

    @TempDir
    Path folder;

    @Test
    void aRevokedSigningCertificateIsRefusedWithinTheFreshnessWindow() throws Exception {
        try (FederationFixture fixture = FederationFixture.start(folder, KeyAlgorithm.RSA_2048, w -> {
            try {
                Files.writeString(w.serverDirectory(SS_MPS).resolve("server.properties"),
                        "lienthong.ocsp.freshness-seconds=" + FRESHNESS_SECONDS + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            SoapHttp http = new SoapHttp();
            String request = XRoadRequest.from(PORTAL, GET_CITIZEN)
                    .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test")).toXml();
            assertThat(http.post(fixture.federation.clientProxy(SS_VPCP), request, false).status()).isEqualTo(200);

            CertificateAuthority ca = CertificateAuthority.open(fixture.pki.caDirectory(), fixture.pki.readPassword());
            ca.revoke(fixture.pki.memberCertificate(VPCP).getSerialNumber(), RevocationReason.KEY_COMPROMISE);

            await().atMost(Duration.ofSeconds(FRESHNESS_SECONDS * 3L)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_VPCP),
                                XRoadRequest.from(PORTAL, GET_CITIZEN)
                                        .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test")).toXml(), false);
                        assertThat(answer.faultCode()).isEqualTo("Server.ServerProxy.CertificateRevoked");
                    });
            SoapHttp.Answer refused = http.post(fixture.federation.clientProxy(SS_VPCP), request.replace(
                    "<xrd:id>", "<xrd:id>again-"), false);
            Faults.assertFault(refused, "Server.ServerProxy.CertificateRevoked");
            assertThat(refused.faultString()).contains(fixture.pki.memberCertificate(VPCP).getSerialNumber().toString(16));
        }
    }
}
