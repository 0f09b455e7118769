package vn.lienthong.launcher.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.MessageLogSettings;
import vn.lienthong.messagelog.Side;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.trust.PemCertificates;

/** {@code lienthong audit}: each subcommand on a log written by the message log library, in an H2 file database. */
class AuditCommandTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final String CITIZEN = "035199000123";

    @TempDir
    Path tmp;

    private String url;
    private Path tsaRoot;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void writeALog() throws Exception {
        url = "jdbc:h2:file:" + tmp.resolve("data/securityserver").toAbsolutePath();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        InProcessTsa tsa = new InProcessTsa(clock);
        tsaRoot = tmp.resolve("tsa-root.pem");
        Files.writeString(tsaRoot, PemCertificates.toPem(List.of(tsa.root)));
        try (MessageLog log = MessageLog.open(LogDatabase.fromUrl(url, "sa", ""),
                MessageLogSettings.builder(SecurityServerId.parse("VN/GOV/VPCP/SS1")).stampingInterval(Duration.ofHours(1)).build(),
                tsa, clock)) {
            log.append(record("q-1", Direction.REQUEST, List.of(), null));
            log.append(record("q-1", Direction.RESPONSE, List.of("birthName", "permanentResidence"), null));
            log.append(record("q-2", Direction.REQUEST, List.of(), null));
            log.append(record("q-2", Direction.RESPONSE, List.of(), "Server.ServerProxy.AccessDenied"));
            assertThat(log.stampNow().get(30, TimeUnit.SECONDS).succeeded()).isTrue();
        }
    }

    private static LogRecord record(String queryId, Direction direction, List<String> fields, String fault) {
        byte[] message = ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + queryId
                + "</s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8);
        return LogRecord.builder().side(Side.SERVER_PROXY).direction(direction).queryId(queryId)
                .client(ClientId.parse("VN/GOV/VPCP/PORTAL")).service(ServiceId.parse("VN/GOV/MPS/NPD/getCitizen/v1"))
                .userId("officer-1").issue("HS-" + queryId).citizenIds(List.of(CITIZEN)).fieldsDisclosed(fields)
                .faultCode(fault).message(message).wireSize(message.length).timeIn(NOW).timeOut(NOW).build();
    }

    private Run audit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AuditCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : List.of("search", "verify", "export", "citizen")) {
            Run r = audit(sub, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Usage: audit " + sub);
        }
    }

    @Test
    void verifyPassesOnAnIntactLogAndNamesTheFirstBrokenLinkOtherwise() throws Exception {
        assertThat(audit("verify", "--db", url, "--tsa-ca", tsaRoot.toString()).exitCode()).isZero();
        assertThat(audit("verify", "--db", url, "--tsa-ca", tsaRoot.toString(), "--entry", "2").exitCode()).isZero();

        try (Connection c = LogDatabase.fromUrl(url, "sa", "").connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ml_entry SET client_id = 'VN/GOV/MOH/MEDICAL' WHERE entry_no = 3");
        }
        Run r = audit("verify", "--db", url, "--tsa-ca", tsaRoot.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("FIRST BROKEN LINK: entry 3: CONTENT_ALTERED");
    }

    @Test
    void searchFiltersByOutcomeAndCitizen() {
        Run faults = audit("search", "--db", url, "--outcome", "FAULT");
        Run citizen = audit("search", "--db", url, "--citizen", CITIZEN);

        assertThat(faults.exitCode()).isZero();
        assertThat(faults.out()).contains("Server.ServerProxy.AccessDenied").contains("1 entries");
        assertThat(citizen.out()).contains("4 entries");
    }

    @Test
    void citizenReportsWhoAccessedTheData() {
        Run r = audit("citizen", "--db", url, CITIZEN);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("VN/GOV/VPCP/PORTAL\tHS-q-1\tVN/GOV/MPS/NPD/getCitizen/v1\tbirthName,permanentResidence\tSUCCESS")
                .contains("2 accesses to the data of " + CITIZEN);
        assertThat(audit("citizen", "--db", url, "12345").exitCode()).isEqualTo(2);
    }

    @Test
    void exportWritesAContainerForOneExchange() throws Exception {
        Path out = tmp.resolve("q-1.asice");

        assertThat(audit("export", "--db", url, "--query-id", "q-1", "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
        assertThat(audit("export", "--db", url, "--query-id", "nope", "--out", tmp.resolve("x.asice").toString()).exitCode())
                .isEqualTo(1);
    }

    @Test
    void configFolderNamesTheDatabaseAndTheServer() throws Exception {
        Path conf = tmp.resolve("conf");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("server.properties"), String.join("\n",
                "lienthong.server.id=VN/GOV/VPCP/SS1",
                "lienthong.federation.file=federation.xml",
                "lienthong.keys.password-file=password",
                "lienthong.keys.auth=auth.p12",
                "lienthong.keys.signing.VN/GOV/VPCP=sign.p12",
                "lienthong.database.url=" + url, ""));

        Run r = audit("verify", "--config", conf.toString(), "--tsa-ca", tsaRoot.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(audit("verify", "--tsa-ca", tsaRoot.toString()).exitCode()).isEqualTo(2);
    }
}
