package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.globalconf.testing.TestFederation.MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MOJ;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.PublishedBundle;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.client.BundleRejectedException.Reason;
import vn.lienthong.globalconf.testing.TestFederation;

/** Bundles altered after signing, signed by a stranger, mixed from two versions or replayed: all refused, the previous one stays. */
class TamperedBundleTest {

    @TempDir
    Path tmp;

    private TestFederation federation;
    private GlobalConfDownloader downloader;

    @BeforeEach
    void firstBundleInForce() {
        federation = TestFederation.create(tmp);
        federation.authority().publish();
        downloader = federation.downloader(federation.anchor(), tmp.resolve("state")).build();
        assertThat(downloader.downloadNow()).isEqualTo(new DownloadOutcome.Updated(0, 1));
    }

    @Test
    void aChangedPartIsRefusedAndThePreviousConfigurationStays() throws IOException {
        PublishedBundle second = publishWithNewMember("EVIL");
        Path federationXml = second.folder().resolve(BundleLayout.FEDERATION_PART);
        Files.writeString(federationXml, Files.readString(federationXml).replace("port=\"5501\"", "port=\"6666\""));

        DownloadOutcome outcome = downloader.downloadNow();

        assertThat(outcome).isInstanceOf(DownloadOutcome.Refused.class);
        assertThat(((DownloadOutcome.Refused) outcome).reason()).isEqualTo(Reason.PART_MISMATCH);
        assertThat(downloader.current().version()).isEqualTo(1);
        assertThat(downloader.current().member(new MemberId("VN", "GOV", "EVIL"))).isEmpty();
        assertThat(downloader.current().securityServers()).filteredOn(s -> s.id().equals(SS_MOJ))
                .singleElement().extracting(s -> s.port()).isEqualTo(5501);
    }

    @Test
    void anAlteredDirectoryFailsTheSignature() throws IOException {
        PublishedBundle second = federation.authority().publish();
        Path directory = second.folder().resolve(BundleLayout.DIRECTORY);
        Files.writeString(directory, Files.readString(directory).replaceFirst("expires: \\S+",
                "expires: 2999-01-01T00:00:00Z"));

        assertRefused(Reason.BAD_SIGNATURE);
    }

    @Test
    void aBundleSignedByAnUnknownKeyIsRefused() {
        ConfigurationAuthority impostor = ConfigurationAuthority.init(tmp.resolve("impostor"), "VN",
                TestFederation.PASSWORD, federation.clock());
        impostor.update(r -> r.withMember(new MemberInfo(new MemberId("VN", "GOV", "EVIL"), "Evil", Set.of(),
                null)));
        impostor.publish();
        impostor.publish();
        GlobalConfDownloader fooled = federation.downloader(federation.anchor(), tmp.resolve("state"))
                .source(new FolderBundleSource(impostor.publishedFolder())).build();

        DownloadOutcome outcome = fooled.downloadNow();

        assertThat(((DownloadOutcome.Refused) outcome).reason()).isEqualTo(Reason.UNKNOWN_SIGNER);
        assertThat(fooled.current().version()).isEqualTo(1);
        assertThat(fooled.current().member(new MemberId("VN", "GOV", "EVIL"))).isEmpty();
    }

    @Test
    void aBundleTornBetweenTwoVersionsIsRefused() throws IOException {
        PublishedBundle second = federation.authority().publish();
        PublishedBundle third = publishWithNewMember("LATE");
        Files.copy(third.folder().resolve(BundleLayout.FEDERATION_PART),
                second.folder().resolve(BundleLayout.FEDERATION_PART), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(federation.authority().publishedFolder().resolve(BundleLayout.CURRENT), "2");

        assertRefused(Reason.PART_MISMATCH);
    }

    @Test
    void aReplayedOlderBundleIsRefused() throws IOException {
        federation.authority().publish();
        assertThat(downloader.downloadNow()).isEqualTo(new DownloadOutcome.Updated(1, 2));
        Files.writeString(federation.authority().publishedFolder().resolve(BundleLayout.CURRENT), "1",
                StandardCharsets.US_ASCII);

        DownloadOutcome outcome = downloader.downloadNow();

        assertThat(((DownloadOutcome.Refused) outcome).reason()).isEqualTo(Reason.OLDER_VERSION);
        assertThat(downloader.current().version()).isEqualTo(2);
    }

    @Test
    void aMissingSignatureIsRefused() throws IOException {
        PublishedBundle second = federation.authority().publish();
        Files.delete(second.folder().resolve(BundleLayout.SIGNATURE));

        assertRefused(Reason.UNAVAILABLE);
    }

    private void assertRefused(Reason reason) {
        DownloadOutcome outcome = downloader.downloadNow();
        assertThat(outcome).isInstanceOf(DownloadOutcome.Refused.class);
        assertThat(((DownloadOutcome.Refused) outcome).reason()).isEqualTo(reason);
        assertThat(downloader.current().version()).isEqualTo(1);
        assertThat(downloader.current().member(MOJ)).isPresent();
    }

    private PublishedBundle publishWithNewMember(String code) {
        federation.authority().update(r -> r.withMember(new MemberInfo(new MemberId("VN", "GOV", code), code,
                Set.of(), null)));
        return federation.authority().publish();
    }
}
