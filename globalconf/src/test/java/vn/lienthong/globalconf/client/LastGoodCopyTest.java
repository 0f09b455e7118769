package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.testing.TestFederation;

/** A restart without the authority runs on the copy kept on disk until it expires; a damaged copy is not used. */
class LastGoodCopyTest {

    @TempDir
    Path tmp;

    private TestFederation federation;
    private Path state;

    @BeforeEach
    void downloadOnce() {
        federation = TestFederation.create(tmp);
        federation.authority().publish();
        state = tmp.resolve("state");
        federation.downloader(federation.anchor(), state).build().downloadNow();
    }

    @Test
    void aRestartWithoutTheAuthorityUsesTheCachedBundleUntilItExpires() {
        GlobalConfDownloader restarted = federation.downloader(federation.anchor(), state)
                .source(new FolderBundleSource(tmp.resolve("unreachable"))).build();

        assertThat(restarted.current().version()).isEqualTo(1);
        assertThat(restarted.isExpired(federation.clock().instant())).isFalse();
        assertThat(restarted.downloadNow()).isInstanceOf(DownloadOutcome.Refused.class);
        assertThat(restarted.current().version()).isEqualTo(1);

        federation.clock().advance(Duration.ofMinutes(10));
        assertThat(restarted.isExpired(federation.clock().instant())).isTrue();
    }

    @Test
    void aTamperedCacheIsIgnored() throws IOException {
        Path cached = state.resolve("bundles").resolve("1").resolve(BundleLayout.FEDERATION_PART);
        Files.writeString(cached, Files.readString(cached).replace("5500", "6600"));

        GlobalConfDownloader restarted = federation.downloader(federation.anchor(), state)
                .source(new FolderBundleSource(tmp.resolve("unreachable"))).build();

        assertThat(restarted.latest()).isEmpty();
        assertThat(restarted.isExpired(federation.clock().instant())).isTrue();
    }
}
