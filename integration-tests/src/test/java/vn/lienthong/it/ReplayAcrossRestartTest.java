package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.Faults.assertFault;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.VPCP;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.launcher.demo.DemoFederation;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.trust.TrustAnchors;

/** The replay cache lives in the security server's database: a message captured before a restart stays refused after it. */
class ReplayAcrossRestartTest {

    @TempDir
    Path folder;

    @Test
    void aMessageSeenBeforeARestartIsRefusedAfterIt() throws Exception {
        FederationFixture fixture = FederationFixture.start(folder);
        char[] password = fixture.pki.readPassword();
        SigningCredential vpcpKey = SigningCredential.fromPkcs12(fixture.pki.memberKeystore(VPCP), password, "signing");
        SigningCredential vpcpTls = SigningCredential.fromPkcs12(fixture.pki.serverKeystore(SS_VPCP), password, "auth");
        TrustAnchors anchors = TrustAnchors.of(List.of(ServerProxyAttackTest.pemCert(fixture.pki.rootCertificatePem())),
                List.of(ServerProxyAttackTest.pemCert(fixture.pki.intermediateCertificatePem())));
        URI npd = URI.create("https://127.0.0.1:" + fixture.workspace.ports().npdServerProxy() + "/");
        byte[] captured = RogueSecurityServer.bytes(RogueSecurityServer.protect(RogueSecurityServer.withRequestHash(
                XRoadRequest.from(PORTAL, GET_CITIZEN).body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "t"))
                        .toXml()), vpcpKey, fixture.pki.memberCertificate(MPS), Clock.systemUTC()));
        RogueSecurityServer peer = new RogueSecurityServer(vpcpTls, anchors, fixture.pki.authCertificateSha256Hex(SS_MPS), npd);
        assertThat(peer.send(captured).status()).isEqualTo(200);
        fixture.close();

        try (DemoFederation restarted = DemoFederation.startPrepared(fixture.workspace, Clock.systemUTC())) {
            RogueSecurityServer again = new RogueSecurityServer(vpcpTls, anchors, fixture.pki.authCertificateSha256Hex(SS_MPS), npd);
            assertFault(again.send(captured), "Server.ServerProxy.ReplayedMessage");
        }
    }
}
