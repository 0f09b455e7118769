package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP_GROUP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SERVERS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_HANOI;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.conf.global.FederationFile;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.ConfigurationServer;
import vn.lienthong.globalconf.registry.ApprovedCa;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.launcher.demo.DemoFederation;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * The demo federation on a signed, downloaded global configuration: servers act on what the configuration
 * authority publishes, stop with OutdatedGlobalConf when it is not renewed in time, recover by themselves,
 * and take a change (a global group loses a member) within one download interval, with no restart.
 */
class GlobalConfTest {

    static final Duration VALIDITY = Duration.ofSeconds(8);
    static final Duration DOWNLOAD_INTERVAL = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    @Test
    void serversFollowTheConfigurationAuthority() throws Exception {
        DemoWorkspace workspace = new DemoWorkspace(folder.resolve("demo"), DemoPorts.free());
        workspace.prepare(KeyAlgorithm.RSA_2048);
        FederationFile federation = FederationFile.load(workspace.federationFile());

        ConfigurationAuthority authority = ConfigurationAuthority.init(folder.resolve("authority"), "VN",
                "authority-password-42".toCharArray(), Clock.systemUTC());
        authority.update(r -> registryOf(federation, r, workspace).withSettings(new GlobalSettings(
                Duration.ofSeconds(60), Duration.ofSeconds(5), VALIDITY, DOWNLOAD_INTERVAL)));
        authority.publish();
        try (ConfigurationServer published = ConfigurationServer.start(authority, new InetSocketAddress("127.0.0.1", 0))) {
            for (SecurityServerId server : SERVERS) {
                useAnchor(workspace, server, authority, published.downloadUrl());
            }
            try (DemoFederation running = DemoFederation.startPrepared(workspace, Clock.systemUTC())) {
                assertThat(call(running, SS_HANOI, XRoadRequest.from(ONE_STOP, GET_CITIZEN)).status()).isEqualTo(200);

                // The authority stops renewing: within the validity every server refuses to act on stale trust.
                await().atMost(VALIDITY.multipliedBy(3)).untilAsserted(() -> assertThat(
                        call(running, SS_VPCP, XRoadRequest.from(PORTAL, GET_CITIZEN)).faultCode())
                        .isEqualTo("Server.ClientProxy.OutdatedGlobalConf"));

                // A fresh bundle, in which the provincial one-stop shop has left the group that grants access.
                authority.update(r -> r.withGroup(ONE_STOP_GROUP, Set.of()));
                authority.publish();
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                        call(running, SS_VPCP, XRoadRequest.from(PORTAL, GET_CITIZEN)).status()).isEqualTo(200));
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                        call(running, SS_HANOI, XRoadRequest.from(ONE_STOP, GET_CITIZEN)).faultCode())
                        .isEqualTo("Server.ServerProxy.AccessDenied"));
            }
        }
    }

    private static Registry registryOf(FederationFile federation, Registry empty, DemoWorkspace workspace) {
        Registry r = empty.withApprovedCa(new ApprovedCa("LienThong Demo", federation.approvedCaRoots().get(0),
                federation.approvedCaIntermediates(), List.of(URI.create(
                        "http://127.0.0.1:" + workspace.ports().ocspResponder() + "/"))));
        for (MemberInfo member : federation.members()) {
            r = r.withMember(member);
        }
        for (SecurityServerInfo server : federation.securityServers()) {
            r = r.withServer(server);
        }
        return r.withGroup(ONE_STOP_GROUP, Set.of(ONE_STOP));
    }

    private static void useAnchor(DemoWorkspace workspace, SecurityServerId server, ConfigurationAuthority authority,
            URI downloadUrl) {
        Path dir = workspace.serverDirectory(server);
        authority.anchor(downloadUrl).write(dir.resolve("anchor.xml"));
        try {
            Path properties = dir.resolve("server.properties");
            String text = Files.readString(properties).replaceAll("(?m)^lienthong\\.federation\\.file=.*$",
                    "lienthong.globalconf.anchor=anchor.xml");
            Files.writeString(properties, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SoapHttp.Answer call(DemoFederation running, SecurityServerId via, XRoadRequest request) throws Exception {
        return new SoapHttp().post(running.clientProxy(via),
                request.body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "globalconf")).toXml(), false);
    }
}
