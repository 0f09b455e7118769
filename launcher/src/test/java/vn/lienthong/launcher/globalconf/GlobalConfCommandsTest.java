package vn.lienthong.launcher.globalconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.RequestStatus;
import vn.lienthong.globalconf.authority.StoredRequest;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.DownloadedGlobalConf;
import vn.lienthong.globalconf.client.FolderBundleSource;
import vn.lienthong.globalconf.client.GlobalConfDownloader;

/**
 * The administrator and operator commands end to end: an authority set up, served, sent signed requests, one
 * approved and one rejected, and the outcome checked in the published configuration.
 */
class GlobalConfCommandsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final MemberId MPS = MemberId.parse("VN/GOV/MPS");
    private static final ClientId MPS_RESIDENCE = ClientId.parse("VN/GOV/MPS/RESIDENCE");
    private static final Pattern DOWNLOAD_URL = Pattern.compile("download URL:\\s+(\\S+)");

    @TempDir
    Path work;

    private Path authorityDir;
    private Path passwordFile;
    private Path memberKeystore;
    private CertificateAuthority ca;
    private GlobalConfCli cli;

    @BeforeEach
    void pkiAndAuthority() throws Exception {
        passwordFile = Files.writeString(work.resolve("password"), PASSWORD + "\n");
        ca = CertificateAuthority.init(work.resolve("ca"), "Test", KeyAlgorithm.EC_P256, PASSWORD.toCharArray());
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        X509Certificate cert = ca.issueSigningCertificate(
                CertificationRequests.create(keys, CertificateProfile.memberSubject(MPS)), MPS, Duration.ofDays(30));
        memberKeystore = work.resolve("mps.p12");
        Pkcs12.write(memberKeystore, "signing", new Pkcs12.KeyEntry(keys.getPrivate(), List.of(cert,
                ca.intermediate())), PASSWORD.toCharArray());
        authorityDir = work.resolve("confauth");
        cli = new GlobalConfCli(CliEnvironment.of(Map.of("LIENTHONG_CONFAUTH_PASSWORD", PASSWORD,
                "LIENTHONG_KEYSTORE_PASSWORD", PASSWORD), () -> { }));

        assertSucceeds(cli.confauth("init", "--dir", dir(), "--instance", "VN", "--password-file", passwordFile.toString()));
        assertSucceeds(cli.confauth("ca", "add", "--dir", dir(), "--name", "Test CA",
                "--root", ca.rootCertificatePem().toString(), "--intermediate", ca.intermediateCertificatePem().toString(),
                "--ocsp", "http://127.0.0.1:8888/"));
        assertSucceeds(cli.confauth("member", "add", "VN/GOV/MPS", "--dir", dir(), "--name", "Ministry of Public Security",
                "--subsystem", "NPD"));
        assertSucceeds(cli.confauth("server", "add", "VN/GOV/MPS/SS-MPS", "--dir", dir(), "--host", "127.0.0.1",
                "--port", "5500", "--auth-cert-hash", "ab".repeat(32), "--client", "VN/GOV/MPS/NPD"));
        assertSucceeds(cli.confauth("group", "add", "npd-consumers", "--dir", dir(), "--client", "VN/GOV/MPS/NPD"));
        assertSucceeds(cli.confauth("settings", "--dir", dir(), "--validity", "900", "--download-interval", "30"));
        assertSucceeds(cli.confauth("publish", "--dir", dir()));
    }

    @Test
    void requestsSentToTheServedAuthorityAreApprovedOrRejected() throws Exception {
        Path anchor = work.resolve("anchor.xml");
        Path state = work.resolve("server-state");
        AtomicReference<List<GlobalConfCli.Run>> whileServing = new AtomicReference<>();
        StringWriter serveOut = new StringWriter();
        GlobalConfCli serving = new GlobalConfCli(CliEnvironment.of(Map.of("LIENTHONG_CONFAUTH_PASSWORD", PASSWORD),
                () -> {
                    Matcher url = DOWNLOAD_URL.matcher(serveOut.toString());
                    assertThat(url.find()).as(serveOut.toString()).isTrue();
                    whileServing.set(List.of(
                            cli.confauth("anchor", "--dir", dir(), "--url", url.group(1), "--out", anchor.toString()),
                            cli.globalconf("download", "--anchor", anchor.toString(), "--out", state.toString()),
                            request("register-subsystem", "--subsystem", MPS_RESIDENCE.toString()),
                            request("change-address", "--host", "10.1.1.1", "--port", "5600"),
                            request("change-address", "--host", "10.1.1.1", "--port", "5600", "--member",
                                    "VN/GOV/MOJ")));
                }));

        assertSucceeds(serving.confauth(serveOut, "serve", "--dir", dir(), "--port", "0"));

        List<GlobalConfCli.Run> runs = whileServing.get();
        runs.subList(0, 4).forEach(GlobalConfCommandsTest::assertSucceeds);
        assertThat(Files.readString(state.resolve("bundles").resolve("current"), StandardCharsets.US_ASCII)).isNotBlank();
        assertThat(runs.get(4).exitCode()).as("a request for an unknown member is refused").isEqualTo(2);
        assertThat(runs.get(4).err().lines()).hasSize(1);

        GlobalConfCli.Run pending = cli.confauth("requests", "list", "--dir", dir());
        assertSucceeds(pending);
        assertThat(pending.out().lines().skip(1)).hasSize(2);

        assertSucceeds(cli.confauth("requests", "approve", "1", "--dir", dir()));
        assertSucceeds(cli.confauth("requests", "reject", "2", "--dir", dir(), "--reason", "not on the government network"));
        assertThat(cli.confauth("requests", "approve", "2", "--dir", dir()).exitCode()).isEqualTo(2);
        assertThat(cli.confauth("requests", "list", "--dir", dir()).out()).isEqualTo("No pending management requests.\n");
        assertSucceeds(cli.confauth("publish", "--dir", dir()));

        ConfigurationAuthority authority = ConfigurationAuthority.open(authorityDir, PASSWORD.toCharArray(),
                Clock.systemUTC());
        assertThat(authority.requests().all()).extracting(StoredRequest::status)
                .containsExactly(RequestStatus.APPROVED, RequestStatus.REJECTED);
        DownloadedGlobalConf published = downloadPublished(ConfigurationAnchor.read(anchor));
        assertThat(published.isRegistered(MPS_RESIDENCE)).isTrue();
        assertThat(published.securityServers()).singleElement()
                .satisfies(s -> assertThat(s.address()).isEqualTo("127.0.0.1:5500"));
        assertThat(published.settings().configurationValidity()).isEqualTo(Duration.ofSeconds(900));
        assertThat(published.isInGroup(ClientId.parse("VN/GOV/MPS/NPD"), "npd-consumers")).isTrue();
    }

    @Test
    void aKeyRotationShorterThanTheValidityIsRefusedAndTheDefaultOneStarts() {
        GlobalConfCli.Run tooShort = cli.confauth("key", "rotate", "--dir", dir(), "--transition", "60");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err().lines()).hasSize(1);

        assertSucceeds(cli.confauth("key", "rotate", "--dir", dir()));
        ConfigurationAuthority authority = ConfigurationAuthority.open(authorityDir, PASSWORD.toCharArray(),
                Clock.systemUTC());
        assertThat(authority.keys().pendingRotation()).isPresent();
    }

    @Test
    void wrongInputIsOneLineAndExitCodeTwo() {
        Map<String, String> noPassword = new HashMap<>();
        GlobalConfCli bare = new GlobalConfCli(CliEnvironment.of(noPassword, () -> { }));

        List<GlobalConfCli.Run> wrong = List.of(
                bare.confauth("publish", "--dir", dir()),
                cli.confauth("publish", "--dir", work.resolve("nowhere").toString()),
                cli.confauth("member", "add", "VN/GOV", "--dir", dir(), "--name", "x"),
                cli.confauth("member", "add", "VN/GOV/MPS", "--dir", dir(), "--name", "again"),
                cli.confauth("requests", "reject", "99", "--dir", dir(), "--reason", "x"),
                cli.globalconf("download", "--anchor", work.resolve("missing.xml").toString(), "--out", "x"));

        assertThat(wrong).allSatisfy(run -> {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
        });
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"requests", "reject", "--help"},
                new String[] {"serve", "--help"}, new String[] {"key", "rotate", "--help"})) {
            assertSucceeds(cli.confauth(command));
        }
        assertSucceeds(cli.globalconf("request", "register-auth-cert", "--help"));
        assertSucceeds(cli.globalconf("download", "--help"));
    }

    private GlobalConfCli.Run request(String type, String... options) {
        List<String> args = new ArrayList<>(List.of("request", type, "--anchor",
                work.resolve("anchor.xml").toString(), "--keystore", memberKeystore.toString(),
                "--server", "VN/GOV/MPS/SS-MPS"));
        args.addAll(List.of(options));
        return cli.globalconf(args.toArray(String[]::new));
    }

    private DownloadedGlobalConf downloadPublished(ConfigurationAnchor anchor) {
        GlobalConfDownloader downloader = GlobalConfDownloader.builder(anchor)
                .source(new FolderBundleSource(authorityDir.resolve("published"))).build();
        downloader.downloadNow();
        return downloader.current();
    }

    private String dir() {
        return authorityDir.toString();
    }

    private static void assertSucceeds(GlobalConfCli.Run run) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
