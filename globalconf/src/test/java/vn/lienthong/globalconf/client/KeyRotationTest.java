package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.KeyRotation;
import vn.lienthong.globalconf.authority.PublishedBundle;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.BundleRejectedException.Reason;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.testing.TestFederation;

/**
 * The authority rotates its signing key: servers that hold the old anchor learn the new key from a bundle signed by
 * the old one during the transition, and keep verifying after the new key takes over (also across a restart).
 */
class KeyRotationTest {

    private static final Duration TRANSITION = Duration.ofMinutes(20);

    @TempDir
    Path tmp;

    private TestFederation federation;
    private ConfigurationAnchor oldAnchor;
    private String oldKey;

    @BeforeEach
    void serverOnTheOldAnchor() {
        federation = TestFederation.create(tmp);
        oldAnchor = federation.anchor();
        oldKey = Certificates.sha256Hex(oldAnchor.verificationCertificates().get(0));
        federation.authority().publish();
    }

    @Test
    void aServerWithTheOldAnchorKeepsVerifyingAcrossTheRotation() {
        GlobalConfDownloader server = federation.downloader(oldAnchor, tmp.resolve("state")).build();
        assertThat(server.downloadNow()).isEqualTo(new DownloadOutcome.Updated(0, 1));

        KeyRotation rotation = federation.authority().rotateSigningKey(TRANSITION);
        PublishedBundle transition = federation.authority().publish();
        assertThat(transition.signingKeyId()).as("the old key still signs in the transition").isEqualTo(oldKey);
        assertThat(server.downloadNow()).isEqualTo(new DownloadOutcome.Updated(1, 2));
        assertThat(server.trustedKeys()).extracting(Certificates::sha256Hex).containsExactly(oldKey, rotation.newKeyId());

        federation.clock().advance(TRANSITION);
        PublishedBundle afterwards = federation.authority().publish();
        assertThat(afterwards.signingKeyId()).isEqualTo(rotation.newKeyId());
        assertThat(server.downloadNow()).isEqualTo(new DownloadOutcome.Updated(2, 3));
        assertThat(server.trustedKeys()).extracting(Certificates::sha256Hex).containsExactly(rotation.newKeyId());

        GlobalConfDownloader restarted = federation.downloader(oldAnchor, tmp.resolve("state")).build();
        assertThat(restarted.current().version()).as("the cache verifies with the learned key").isEqualTo(3);
        federation.authority().publish();
        assertThat(restarted.downloadNow()).isEqualTo(new DownloadOutcome.Updated(3, 4));
    }

    @Test
    void aServerThatMissedTheWholeTransitionNeedsTheNewAnchor() {
        KeyRotation rotation = federation.authority().rotateSigningKey(TRANSITION);
        federation.clock().advance(TRANSITION);
        federation.authority().publish();

        GlobalConfDownloader missed = federation.downloader(oldAnchor, tmp.resolve("missed")).build();
        DownloadOutcome outcome = missed.downloadNow();
        assertThat(outcome).isInstanceOfSatisfying(DownloadOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_SIGNER));

        ConfigurationAnchor newAnchor = federation.anchor();
        assertThat(newAnchor.verificationCertificates()).extracting(Certificates::sha256Hex)
                .containsExactly(rotation.newKeyId());
        GlobalConfDownloader reinstalled = federation.downloader(newAnchor, tmp.resolve("missed")).build();
        assertThat(reinstalled.downloadNow()).isInstanceOf(DownloadOutcome.Updated.class);
    }

    @Test
    void theRotationSurvivesReopeningTheAuthority() {
        KeyRotation rotation = federation.authority().rotateSigningKey(TRANSITION);
        ConfigurationAuthority reopened = ConfigurationAuthority.open(
                federation.authority().directory(), TestFederation.PASSWORD, federation.clock());

        assertThat(reopened.keys().pendingRotation()).contains(rotation);
        federation.clock().advance(TRANSITION);
        assertThat(reopened.publish().signingKeyId()).isEqualTo(rotation.newKeyId());
    }
}
