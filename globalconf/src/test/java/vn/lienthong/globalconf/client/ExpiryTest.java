package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.globalconf.authority.PublishedBundle;
import vn.lienthong.globalconf.client.BundleRejectedException.Reason;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.testing.TestFederation;

/** A configuration past its expiry is reported expired; a fresh bundle recovers the server without a restart. */
class ExpiryTest {

    @TempDir
    Path tmp;

    @Test
    void expiryFollowsTheBundleAndAFreshBundleRecovers() {
        TestFederation federation = TestFederation.create(tmp);
        PublishedBundle first = federation.authority().publish();
        GlobalConfDownloader source = federation.downloader(federation.anchor(), tmp.resolve("state")).build();
        source.downloadNow();
        assertThat(source.current().expiresAt()).isEqualTo(first.expiresAt())
                .isEqualTo(first.publishedAt().plus(Duration.ofMinutes(10)));
        assertThat(source.isExpired(federation.clock().instant())).isFalse();

        federation.clock().advance(Duration.ofMinutes(10));

        assertThat(source.isExpired(federation.clock().instant())).isTrue();
        DownloadOutcome stale = source.downloadNow();
        assertThat(stale).isInstanceOfSatisfying(DownloadOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.EXPIRED));

        federation.authority().publish();
        assertThat(source.downloadNow()).isEqualTo(new DownloadOutcome.Updated(1, 2));
        assertThat(source.isExpired(federation.clock().instant())).isFalse();
    }

    @Test
    void validityAndDownloadIntervalAreSettings() {
        TestFederation federation = TestFederation.create(tmp);
        federation.authority().update(r -> r.withSettings(new GlobalSettings(Duration.ofMinutes(30),
                Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofSeconds(20))));
        PublishedBundle published = federation.authority().publish();
        GlobalConfDownloader source = federation.downloader(federation.anchor(), tmp.resolve("state")).build();
        source.downloadNow();

        assertThat(published.expiresAt()).isEqualTo(published.publishedAt().plus(Duration.ofMinutes(3)));
        assertThat(source.current().settings().ocspFreshness()).isEqualTo(Duration.ofMinutes(30));
        assertThat(source.downloadInterval()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void withNoConfigurationAtAllTheSourceIsExpiredAndCurrentSaysWhy() {
        TestFederation federation = TestFederation.create(tmp);
        GlobalConfDownloader source = federation.downloader(federation.anchor(), tmp.resolve("state")).build();

        assertThat(source.isExpired(federation.clock().instant())).isTrue();
        assertThat(source.downloadNow()).isInstanceOf(DownloadOutcome.Refused.class);
        assertThatThrownBy(source::current)
                .isInstanceOf(GlobalConfUnavailableException.class);
    }
}
