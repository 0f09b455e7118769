package vn.lienthong.messagelog.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.MessageLogSettings;
import vn.lienthong.messagelog.asic.AsicWriter;
import vn.lienthong.messagelog.testing.MutableClock;
import vn.lienthong.messagelog.testing.Records;
import vn.lienthong.messagelog.testing.TestDatabase;
import vn.lienthong.messagelog.testing.TestPki;
import vn.lienthong.messagelog.testing.TestTsa;

/**
 * The exported evidence verifies with tools not written here: openssl ts (the token over the batch root), xmlsec1
 * (the message signature) and sha256sum (the container manifest). Each check skips, saying why, where its tool is
 * missing; CI installs them.
 */
class EvidenceWithIndependentToolsTest {

    private static final TestPki PKI = new TestPki("Evidence Test");

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(TestPki.NOW);
    private TestDatabase db;
    private TestTsa tsa;
    private Path unzipped;
    private Path request;

    @BeforeEach
    void exportOneExchange() throws Exception {
        db = TestDatabase.h2();
        tsa = new TestTsa(PKI, clock);
        Records records = new Records(PKI, clock);
        try (MessageLog log = MessageLog.open(db.database(), MessageLogSettings.builder(SecurityServerId.parse("VN/GOV/VPCP/SS1"))
                .stampingInterval(Duration.ofHours(1)).build(), tsa.client(), clock)) {
            log.append(records.request("q-other", Records.HEALTH, "001085000777"));
            log.append(records.request("q-1", Records.PORTAL, "035199000123"));
            log.append(records.response("q-1", Records.PORTAL, "035199000123", List.of("birthName")));
            assertThat(log.stampNow().get(30, TimeUnit.SECONDS).succeeded()).isTrue();
        }
        byte[] container = new EvidenceExporter(db.database()).export("q-1").orElseThrow();
        assertThat(new String(container, 38, AsicWriter.MIME_TYPE.length(), StandardCharsets.US_ASCII))
                .isEqualTo(AsicWriter.MIME_TYPE);
        unzipped = unzip(container, tmp.resolve("evidence"));
        request = unzipped.resolve("VN_GOV_VPCP_SS1-2-request");
        Files.writeString(tmp.resolve("tsa-root.pem"), vn.lienthong.messagelog.trust.PemCertificates.toPem(List.of(PKI.root)));
    }

    @AfterEach
    void stop() throws Exception {
        tsa.close();
        db.close();
    }

    @Test
    void opensslVerifiesTheTokenOverTheBatchRoot() throws Exception {
        requireTool("openssl", "version");
        String root = Files.readString(request.resolve("merkle-root.hex")).trim();

        Result r = run(unzipped, "openssl", "ts", "-verify", "-in", request.resolve("timestamp.tst").toString(), "-token_in",
                "-digest", root, "-CAfile", tmp.resolve("tsa-root.pem").toString(),
                "-untrusted", request.resolve("tsa.pem").toString());

        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    @Test
    void opensslRejectsTheTokenForAnotherRoot() throws Exception {
        requireTool("openssl", "version");
        String other = Files.readString(request.resolve("entry-hash.hex")).trim();

        Result r = run(unzipped, "openssl", "ts", "-verify", "-in", request.resolve("timestamp.tst").toString(), "-token_in",
                "-digest", other, "-CAfile", tmp.resolve("tsa-root.pem").toString(),
                "-untrusted", request.resolve("tsa.pem").toString());

        assertThat(r.exitCode()).isNotZero();
    }

    @Test
    void xmlsec1VerifiesTheLoggedMessageSignature() throws Exception {
        requireTool("xmlsec1", "--version");

        Result r = run(unzipped, "xmlsec1", "--verify", "--id-attr:Id", "Body", "--id-attr:Id", "Timestamp",
                "--pubkey-cert-pem", request.resolve("signer.pem").toString(), request.resolve("message.xml").toString());

        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    @Test
    void sha256sumChecksEveryFileOfTheContainer() throws Exception {
        requireTool("sha256sum", "--version");

        Result r = run(unzipped, "sha256sum", "-c", AsicWriter.DIGESTS);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output().lines().filter(l -> l.endsWith(": OK")).count()).isGreaterThanOrEqualTo(2 * 11 + 1);
    }

    private record Result(int exitCode, String output) {
    }

    private static void requireTool(String tool, String versionFlag) {
        try {
            Process p = new ProcessBuilder(tool, versionFlag).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS), tool + " did not answer");
        } catch (IOException | InterruptedException e) {
            Assumptions.abort(tool + " is not installed (apt-get install -y " + ("sha256sum".equals(tool) ? "coreutils" : tool)
                    + "): the independent check is skipped");
        }
    }

    private static Result run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static Path unzip(byte[] zip, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                Path target = dir.resolve(e.getName()).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        assertThat(names.get(0)).isEqualTo("mimetype");
        return dir;
    }
}
