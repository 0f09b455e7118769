package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/** A federation whose members and servers all hold EC P-256 keys: ECDSA signatures, ECDH-ES key agreement. */
class EcKeysExchangeTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;

    @BeforeAll
    static void start() {
        fixture = FederationFixture.start(folder, KeyAlgorithm.EC_P256, w -> { });
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void getCitizenTravelsWithEcKeys() throws Exception {
        assertThat(fixture.pki.memberCertificate(vn.lienthong.launcher.demo.DemoFederationSpec.MPS).getPublicKey()
                .getAlgorithm()).isEqualTo("EC");
        XRoadRequest request = XRoadRequest.from(PORTAL, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "lookup"));
        SoapHttp.Answer answer = new SoapHttp().post(fixture.federation.clientProxy(SS_VPCP), request.toXml(), false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Nguyễn Văn An");
    }
}
