package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.OFFICE_HR;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.Side;
import vn.lienthong.messagelog.search.CitizenAccess;
import vn.lienthong.messagelog.search.EntrySummary;
import vn.lienthong.messagelog.search.LogSearch;
import vn.lienthong.messagelog.search.SearchCriteria;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.verify.LogVerifier;
import vn.lienthong.messagelog.verify.VerificationReport;
import vn.lienthong.messagelog.verify.VerifyOptions;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * Both security servers log every request and answer of an exchange as signed, time-stamp them, and an
 * auditor's verification of the whole log passes: chains, tokens and the WS-Security signatures themselves.
 */
class MessageLogTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    static XRoadRequest granted;
    static XRoadRequest denied;

    @BeforeAll
    static void exchange() throws Exception {
        fixture = FederationFixture.start(folder);
        SoapHttp http = new SoapHttp();
        granted = XRoadRequest.from(PORTAL, GET_CITIZEN).issue("Đăng ký hộ kinh doanh")
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "household-business-registration"));
        assertThat(http.post(fixture.federation.clientProxy(SS_VPCP), granted.toXml(), false).status()).isEqualTo(200);
        denied = XRoadRequest.from(OFFICE_HR, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "curiosity"));
        assertThat(http.post(fixture.federation.clientProxy(SS_VPCP), denied.toXml(), false).status()).isEqualTo(500);
        for (SecurityServerId server : List.of(SS_VPCP, SS_MPS)) {
            fixture.federation.server(server).messageLog().stampNow().get(60, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static LogDatabase database(SecurityServerId server) {
        return LogDatabase.fromUrl(fixture.federation.server(server).conf().databaseUrl(), "sa", "");
    }

    @Test
    void bothSidesLogTheRequestAndTheAnswer() {
        for (SecurityServerId server : List.of(SS_VPCP, SS_MPS)) {
            List<EntrySummary> entries = new LogSearch(database(server))
                    .search(SearchCriteria.builder().queryId(granted.id()).build());
            Side side = server.equals(SS_VPCP) ? Side.CLIENT_PROXY : Side.SERVER_PROXY;
            assertThat(entries).as("log of %s", server).extracting(EntrySummary::direction)
                    .containsExactlyInAnyOrder(Direction.REQUEST, Direction.RESPONSE);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.side()).isEqualTo(side);
                assertThat(e.client()).isEqualTo(PORTAL.toString());
                assertThat(e.issue()).isEqualTo("Đăng ký hộ kinh doanh");
                assertThat(e.citizenIds()).contains(NpdDemoCitizens.NGUYEN_VAN_AN);
                assertThat(e.faultCode()).isNull();
                assertThat(e.stamped()).isTrue();
            });
        }
    }

    @Test
    void aRefusedRequestIsLoggedWithItsFault() {
        List<EntrySummary> entries = new LogSearch(database(SS_MPS)).search(SearchCriteria.builder().queryId(denied.id()).build());
        assertThat(entries).extracting(EntrySummary::direction).containsExactlyInAnyOrder(Direction.REQUEST, Direction.RESPONSE);
        assertThat(entries).filteredOn(e -> e.direction() == Direction.RESPONSE).extracting(EntrySummary::faultCode)
                .containsExactly("Server.ServerProxy.AccessDenied");
    }

    @Test
    void theCitizenSeesWhoLookedAtTheirData() {
        List<CitizenAccess> accesses = new LogSearch(database(SS_MPS)).citizen(NpdDemoCitizens.NGUYEN_VAN_AN,
                Instant.EPOCH, Instant.now().plusSeconds(60));
        assertThat(accesses).extracting(CitizenAccess::client).contains(PORTAL.toString());
        assertThat(accesses).extracting(CitizenAccess::purpose).contains("Đăng ký hộ kinh doanh");
    }

    @Test
    void theWholeLogVerifiesIncludingTheSignaturesOfTheLoggedMessages() throws Exception {
        Set<TrustAnchor> anchors = Set.of(new TrustAnchor(ServerProxyAttackTest.pemCert(fixture.pki.rootCertificatePem()), null));
        for (SecurityServerId server : List.of(SS_VPCP, SS_MPS)) {
            VerificationReport report = new LogVerifier(database(server), new VerifyOptions(anchors, anchors, true))
                    .verifyAll(server.toString());
            assertThat(report.ok()).as("%s: %s %s", server, report.summary(), report.findings()).isTrue();
            assertThat(report.entries()).isGreaterThanOrEqualTo(4);
            assertThat(report.signaturesVerified()).as(report.summary()).isGreaterThanOrEqualTo(3);
        }
    }
}
