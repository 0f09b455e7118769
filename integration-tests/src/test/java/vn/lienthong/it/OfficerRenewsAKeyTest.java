package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.lienthong.launcher.Lienthong;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.messagelog.search.EntrySummary;
import vn.lienthong.messagelog.search.LogSearch;
import vn.lienthong.messagelog.search.SearchCriteria;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * The security officer gives the Government Office a new signing key with the command-line tools while the
 * portal keeps sending: generate and CSR, issue by the CA, import, activate. The running server switches to
 * it by itself and no request fails on the way.
 */
class OfficerRenewsAKeyTest {

    private static final Pattern GENERATED = Pattern.compile("Generated key (\\S+)");

    @TempDir
    Path folder;

    @Test
    void aNewSigningKeyIsUsedWithoutARestartAndWithoutDroppingTraffic() throws Exception {
        try (FederationFixture fixture = FederationFixture.start(folder)) {
            Path config = fixture.workspace.serverDirectory(SS_VPCP);
            Path csr = folder.resolve("vpcp-signing.csr");
            Path cert = folder.resolve("vpcp-signing.pem");
            String password = fixture.pki.passwordFile().toString();

            String generated = run("keys", "generate", "--config", config.toString(), "--for", "signing:VN/GOV/VPCP",
                    "--csr", csr.toString());
            Matcher alias = GENERATED.matcher(generated);
            assertThat(alias.find()).as(generated).isTrue();
            assertPortalIsServed(fixture);
            run("ca", "issue", "--dir", fixture.pki.caDirectory().toString(), "--csr", csr.toString(),
                    "--signing-for", "VN/GOV/VPCP", "--out", cert.toString(), "--password-file", password);
            run("keys", "import", "--config", config.toString(), "--certificate", cert.toString());
            assertPortalIsServed(fixture);
            run("keys", "activate", "--config", config.toString(), "--key", alias.group(1));

            String newSerial = vn.lienthong.certs.pem.Pem.read(cert).getSerialNumber().toString(16);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String id = assertPortalIsServed(fixture);
                fixture.federation.server(SS_MPS).messageLog().stampNow().get(30, TimeUnit.SECONDS);
                List<EntrySummary> entries = new LogSearch(LogDatabase.fromUrl(
                        fixture.federation.server(SS_MPS).conf().databaseUrl(), "sa", ""))
                        .search(SearchCriteria.builder().queryId(id).build());
                assertThat(entries).isNotEmpty();
                assertThat(signerSerialsSeenBy(fixture, id)).contains(newSerial);
            });
        }
    }

    private static String assertPortalIsServed(FederationFixture fixture) throws Exception {
        XRoadRequest request = XRoadRequest.from(PORTAL, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "renewal"));
        SoapHttp.Answer answer = new SoapHttp().post(fixture.federation.clientProxy(SS_VPCP), request.toXml(), false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return request.id();
    }

    /** Serial numbers of the certificates in the BinarySecurityToken of the request SS-MPS logged for this id. */
    private static List<String> signerSerialsSeenBy(FederationFixture fixture, String queryId) throws Exception {
        var exporter = new vn.lienthong.messagelog.evidence.EvidenceExporter(LogDatabase.fromUrl(
                fixture.federation.server(SS_MPS).conf().databaseUrl(), "sa", ""));
        byte[] zip = exporter.export(queryId).orElseThrow();
        List<String> serials = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith("signer.pem")) {
                    serials.add(vn.lienthong.certs.pem.Pem.decodeAll(new String(in.readAllBytes(),
                            java.nio.charset.StandardCharsets.US_ASCII)).get(0).getSerialNumber().toString(16));
                }
            }
        }
        return serials;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lienthong.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
        return out.toString();
    }
}
