package vn.lienthong.globalconf.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.globalconf.testing.TestFederation.MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.MPS;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MPS;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.GlobalConfDownloader;
import vn.lienthong.globalconf.request.ChangeAddress;
import vn.lienthong.globalconf.request.ManagementRequestClient;
import vn.lienthong.globalconf.request.RegisterSubsystem;
import vn.lienthong.globalconf.request.SubmissionRefusedException;
import vn.lienthong.globalconf.testing.TestFederation;

/** The authority over HTTP: servers download in the background, and submit signed requests. */
class ConfigurationServerTest {

    private static final Duration DOWNLOAD_INTERVAL = Duration.ofMillis(500);
    /** Time to fetch and verify one bundle on a loaded build machine, on top of the interval. */
    private static final Duration DOWNLOAD_ALLOWANCE = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    private TestFederation federation;
    private ConfigurationServer http;
    private ConfigurationAnchor anchor;

    @BeforeEach
    void serve() {
        federation = TestFederation.create(tmp);
        federation.authority().publish();
        http = ConfigurationServer.start(federation.authority(), new InetSocketAddress("127.0.0.1", 0));
        anchor = federation.authority().anchor(http.downloadUrl());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void aChangeReachesADownloadingServerWithinOneDownloadInterval() {
        MemberId newAgency = new MemberId("VN", "GOV", "MOH");
        try (GlobalConfDownloader server = GlobalConfDownloader.builder(anchor).stateDirectory(tmp.resolve("state"))
                .interval(DOWNLOAD_INTERVAL).clock(Clock.systemUTC()).build()) {
            server.start();
            await().atMost(DOWNLOAD_INTERVAL.plus(DOWNLOAD_ALLOWANCE)).until(() -> server.latest().isPresent());

            federation.authority().update(r -> r.withMember(new MemberInfo(newAgency, "Ministry of Health", Set.of(),
                    null)));
            federation.authority().publish();

            await().atMost(DOWNLOAD_INTERVAL.plus(DOWNLOAD_ALLOWANCE))
                    .until(() -> server.current().member(newAgency).isPresent());
            assertThat(server.current().version()).isEqualTo(2);
        }
    }

    @Test
    void aSignedRequestIsAcceptedOverHttpAndARefusalCarriesItsReason() {
        ManagementRequestClient client = new ManagementRequestClient(anchor.managementRequestUrl());

        long id = client.submit(federation.sign(new RegisterSubsystem(MPS, SS_MPS, MPS.subsystem("RESIDENCE")), MPS));

        assertThat(federation.authority().requests().get(id).status()).isEqualTo(RequestStatus.PENDING);
        assertThatThrownBy(() -> client.submit(federation.sign(new ChangeAddress(MOJ, SS_MPS, "203.0.113.66", 5500),
                MOJ))).isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        assertThat(federation.authority().requests().all()).hasSize(1);
    }

    @Test
    void theScheduleKeepsPublishingFreshBundles() {
        long before = federation.authority().publish().version();
        RepublishSchedule schedule = RepublishSchedule.start(federation.authority());
        try {
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> new BundlePublisher(federation.authority().publishedFolder()).currentVersion() > before);
        } finally {
            schedule.close();
        }
    }
}
