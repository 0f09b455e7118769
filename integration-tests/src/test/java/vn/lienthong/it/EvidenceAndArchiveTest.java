package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.launcher.Lienthong;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * The auditor's evidence straight from a security server ({@code GET /asic}), checked with tools not written
 * here, and the server's own archiving of its log into verified ASiC-E containers. EC keys, because xmlsec1
 * does not know RSA-PSS.
 */
class EvidenceAndArchiveTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path unpacked;
    static FederationFixture fixture;
    static XRoadRequest request;

    @BeforeAll
    static void exchange() throws Exception {
        fixture = FederationFixture.start(folder, KeyAlgorithm.EC_P256, w -> {
            try {
                Files.writeString(w.serverDirectory(SS_MPS).resolve("server.properties"),
                        "lienthong.messagelog.archive.dir=archive\nlienthong.messagelog.archive.after-days=0\n"
                                + "lienthong.messagelog.retention.days=0\nlienthong.messagelog.archive.interval-seconds=2\n",
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        request = XRoadRequest.from(PORTAL, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "evidence"));
        assertThat(new SoapHttp().post(fixture.federation.clientProxy(SS_VPCP), request.toXml(), false).status()).isEqualTo(200);
        fixture.federation.server(SS_VPCP).messageLog().stampNow().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void evidenceFromTheServerVerifiesWithOpensslAndXmlsec1() throws Exception {
        assumeThat(onPath("openssl")).as("openssl is not installed: apt-get install openssl").isTrue();
        assumeThat(onPath("xmlsec1")).as("xmlsec1 is not installed: apt-get install xmlsec1").isTrue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                fixture.federation.clientProxy(SS_VPCP).resolve("/asic?queryId=" + request.id())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.etsi.asic-e+zip");
        unzip(response.body(), unpacked);

        List<Path> messages;
        try (Stream<Path> files = Files.walk(unpacked)) {
            messages = files.filter(p -> p.getFileName().toString().equals("message.xml")).toList();
        }
        assertThat(messages).hasSize(2);
        for (Path message : messages) {
            Path dir = message.getParent();
            run(unpacked, "openssl", "ts", "-verify", "-in", dir.resolve("timestamp.tst").toString(), "-token_in",
                    "-digest", Files.readString(dir.resolve("merkle-root.hex")).trim(),
                    "-CAfile", fixture.pki.rootCertificatePem().toString(), "-untrusted", dir.resolve("tsa.pem").toString());
            List<String> xmlsec = new java.util.ArrayList<>(List.of("xmlsec1", "--verify"));
            for (String element : List.of("Body", "Timestamp", "client", "service", "id", "userId", "issue",
                    "protocolVersion", "requestHash")) {
                xmlsec.addAll(List.of("--id-attr:Id", element));
            }
            xmlsec.addAll(List.of("--pubkey-cert-pem", dir.resolve("signer.pem").toString(), message.toString()));
            run(unpacked, xmlsec.toArray(String[]::new));
        }
    }

    @Test
    void evidenceNeedsAQueryId() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                fixture.federation.clientProxy(SS_VPCP).resolve("/asic")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void theServerArchivesItsLogIntoContainersThatVerify() throws Exception {
        Path archive = fixture.workspace.serverDirectory(SS_MPS).resolve("archive");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.isDirectory(archive) && containers(archive).size() > 0);
        for (Path container : containers(archive)) {
            int exit = Lienthong.commandLine().execute("audit", "verify", "--config",
                    fixture.workspace.serverDirectory(SS_MPS).toString(), "--tsa-ca", fixture.pki.rootCertificatePem().toString(),
                    "--signer-ca", fixture.pki.rootCertificatePem().toString(), "--archive", container.toString());
            assertThat(exit).as("audit verify --archive " + container).isZero();
        }
    }

    private static List<Path> containers(Path archive) throws IOException {
        try (Stream<Path> files = Files.list(archive)) {
            return files.filter(p -> p.toString().endsWith(".asice")).toList();
        }
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
