package vn.lienthong.globalconf.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.globalconf.testing.TestFederation.MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.MPS;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MPS;
import static vn.lienthong.globalconf.testing.TestFederation.STRANGER;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.authority.RequestRefusedException.Reason;
import vn.lienthong.globalconf.client.DownloadedGlobalConf;
import vn.lienthong.globalconf.client.GlobalConfDownloader;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.request.ChangeAddress;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.RegisterAuthCertificate;
import vn.lienthong.globalconf.request.RegisterSubsystem;
import vn.lienthong.globalconf.request.RequestDocument;
import vn.lienthong.globalconf.request.SignedManagementRequest;
import vn.lienthong.globalconf.testing.MemberKey;
import vn.lienthong.globalconf.testing.TestFederation;

/** Management requests: authenticated at submission, applied only on approval, never on rejection. */
class ManagementRequestTest {

    private static final ClientId MPS_RESIDENCE = MPS.subsystem("RESIDENCE");

    @TempDir
    Path tmp;

    private TestFederation federation;
    private ConfigurationAuthority authority;
    private GlobalConfDownloader server;

    @BeforeEach
    void federationWithADownloadingServer() {
        federation = TestFederation.create(tmp);
        authority = federation.authority();
        authority.publish();
        server = federation.downloader(federation.anchor(), tmp.resolve("state")).build();
        server.downloadNow();
    }

    @Test
    void anApprovedRegistrationAppearsInTheNextBundle() {
        StoredRequest stored = authority.requests().submit(
                federation.sign(new RegisterSubsystem(MPS, SS_MPS, MPS_RESIDENCE), MPS).toBytes());
        assertThat(authority.requests().pending()).extracting(StoredRequest::id).containsExactly(stored.id());

        assertThat(republishAndDownload().isRegistered(MPS_RESIDENCE)).as("not before approval").isFalse();

        assertThat(authority.requests().approve(stored.id()).status()).isEqualTo(RequestStatus.APPROVED);
        DownloadedGlobalConf after = republishAndDownload();
        assertThat(after.isRegistered(MPS_RESIDENCE)).isTrue();
        assertThat(after.serverOf(MPS_RESIDENCE)).map(SecurityServerInfo::id).contains(SS_MPS);
        assertThat(authority.requests().pending()).isEmpty();
    }

    @Test
    void aRejectedRequestNeverAppears() {
        StoredRequest stored = authority.requests().submit(
                federation.sign(new ChangeAddress(MOJ, SS_MOJ, "10.0.0.9", 7000), MOJ).toBytes());

        StoredRequest rejected = authority.requests().reject(stored.id(), "address not on the government network");

        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("address not on the government network");
        assertThat(republishAndDownload().securityServers()).filteredOn(s -> s.id().equals(SS_MOJ))
                .singleElement().satisfies(s -> assertThat(s.address()).isEqualTo("127.0.0.1:5501"));
        assertThatThrownBy(() -> authority.requests().approve(stored.id()))
                .isInstanceOf(RequestDecisionException.class);
    }

    @Test
    void aNewServerJoinsByRegisteringItsAuthenticationCertificate() {
        SecurityServerId newServer = new SecurityServerId(MOJ, "SS-MOJ-2");
        var certificate = federation.authCertificate(newServer);
        StoredRequest stored = authority.requests().submit(federation.sign(
                new RegisterAuthCertificate(MOJ, newServer, "127.0.0.1", 5599, certificate), MOJ).toBytes());
        authority.requests().approve(stored.id());

        assertThat(republishAndDownload().serverByAuthCertHash(Certificates.sha256Hex(certificate)))
                .map(SecurityServerInfo::address).contains("127.0.0.1:5599");
    }

    @Test
    void pendingRequestsSurviveARestartOfTheAuthority() {
        StoredRequest stored = authority.requests().submit(
                federation.sign(new RegisterSubsystem(MPS, SS_MPS, MPS_RESIDENCE), MPS).toBytes());

        ConfigurationAuthority reopened = ConfigurationAuthority.open(authority.directory(), TestFederation.PASSWORD,
                federation.clock());

        assertThat(reopened.requests().pending()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(stored.id());
            assertThat(r.request()).isEqualTo(new RegisterSubsystem(MPS, SS_MPS, MPS_RESIDENCE));
        });
    }

    @Test
    void aBadSignatureIsRefused() {
        SignedManagementRequest genuine = federation.sign(new ChangeAddress(MOJ, SS_MOJ, "127.0.0.1", 7000), MOJ);
        SignedManagementRequest forged = new SignedManagementRequest(
                federation.sign(new ChangeAddress(MOJ, SS_MOJ, "203.0.113.66", 7000), MOJ).requestBytes(),
                genuine.algorithm(), genuine.signature(), genuine.signerChain());

        assertRefused(forged, Reason.BAD_SIGNATURE);
    }

    @Test
    void anUnknownMemberIsRefused() {
        assertRefused(federation.sign(new RegisterSubsystem(STRANGER, SS_MPS, STRANGER.subsystem("X")), STRANGER),
                Reason.UNKNOWN_MEMBER);
    }

    @Test
    void aMemberMayNotChangeAnotherMembersServer() {
        assertRefused(federation.sign(new ChangeAddress(MOJ, SS_MPS, "203.0.113.66", 5500), MOJ),
                Reason.NOT_AUTHORIZED);
    }

    @Test
    void aRequestSignedWithAnotherMembersKeyIsRefused() {
        assertRefused(federation.sign(new ChangeAddress(MPS, SS_MPS, "203.0.113.66", 5500), MOJ),
                Reason.UNTRUSTED_SIGNER);
    }

    @Test
    void anotherServersAuthenticationCertificateIsRefused() {
        SecurityServerId newServer = new SecurityServerId(MOJ, "SS-MOJ-2");
        assertRefused(federation.sign(new RegisterAuthCertificate(MOJ, newServer, "127.0.0.1", 5599,
                federation.authCertificate(SS_MOJ)), MOJ), Reason.BAD_AUTH_CERTIFICATE);
    }

    @Test
    void aStaleRequestIsRefused() {
        MemberKey key = federation.memberKey(MOJ);
        ManagementRequest request = new ChangeAddress(MOJ, SS_MOJ, "127.0.0.1", 7000);
        Instant twoHoursAgo = federation.clock().instant().minus(Duration.ofHours(2));

        assertRefused(SignedManagementRequest.sign(new RequestDocument(request, twoHoursAgo), key.privateKey(),
                key.chain()), Reason.STALE);
    }

    @Test
    void aChangeThatDoesNotFitTheRegistryIsRefused() {
        assertRefused(federation.sign(new ChangeAddress(MOJ, new SecurityServerId(MOJ, "SS-NONE"), "127.0.0.1", 7000),
                MOJ), Reason.INCONSISTENT);
    }

    @Test
    void garbageIsRefusedAsMalformed() {
        assertThatThrownBy(() -> authority.requests().submit("<not-a-request/>".getBytes()))
                .isInstanceOfSatisfying(RequestRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    private void assertRefused(SignedManagementRequest request, Reason reason) {
        assertThatThrownBy(() -> authority.requests().submit(request.toBytes()))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(authority.requests().all()).as("a refused request is not stored").isEmpty();
    }

    private DownloadedGlobalConf republishAndDownload() {
        authority.publish();
        server.downloadNow();
        return server.current();
    }
}
