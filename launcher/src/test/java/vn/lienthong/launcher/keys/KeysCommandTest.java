package vn.lienthong.launcher.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class KeysCommandTest {

    private static final Pattern GENERATED = Pattern.compile("Generated key (\\S+) ");
    private static final Instant YEAR_LATER = TestFederation.NOW.plus(Duration.ofDays(365));

    @TempDir
    Path config;

    private TestFederation federation;
    private String out;
    private String err;

    @BeforeEach
    void federation() {
        federation = TestFederation.create(config);
    }

    private int keys(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = new CommandLine(new KeysCommand(Clock.fixed(TestFederation.NOW, ZoneOffset.UTC)));
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        int code = cli.execute(args);
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    private int keysHere(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--config", config.toString()));
        all.addAll(List.of(args));
        return keys(all.toArray(String[]::new));
    }

    /** Generates a key with its CSR and returns its alias. */
    private String generate(String purpose, String algorithm, Path csr) {
        assertThat(keysHere("generate", "--for", purpose, "--algorithm", algorithm, "--csr", csr.toString()))
                .as(err).isZero();
        Matcher alias = GENERATED.matcher(out);
        assertThat(alias.find()).as(out).isTrue();
        return alias.group(1);
    }

    private void assertOneLineError(int code, int expectedCode, String startsWith) {
        assertThat(code).isEqualTo(expectedCode);
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).contains(startsWith).doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(keys("--help")).isZero();
        assertThat(out).contains("generate", "csr", "import", "list", "activate", "disable", "delete", "renew");
        for (String command : List.of("generate", "csr", "import", "list", "activate", "disable", "delete", "renew")) {
            assertThat(keys(command, "--help")).as(command).isZero();
            assertThat(out).contains("--config");
        }
    }

    @Test
    void anOfficerGeneratesRequestsImportsActivatesAndLists() throws Exception {
        Path csr = config.resolve("signing.csr");
        String alias = generate("signing:VN/GOV/MPS", "RSA", csr);
        assertThat(Files.readString(csr)).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        Path certificate = federation.issue(csr, YEAR_LATER, false, "signing.pem");

        assertThat(keysHere("import", "--certificate", certificate.toString())).as(err).isZero();
        assertThat(out).contains("Imported the certificate of key " + alias, "READY");
        assertThat(keysHere("activate", "--key", alias)).as(err).isZero();
        assertThat(keysHere("list", "--no-ocsp")).as(err).isZero();

        assertThat(out).contains(alias, "signing:VN/GOV/MPS", "ACTIVE", "RSA_2048", "2027-06-01T08:00:00Z", "365",
                "not asked");
        assertThat(federation.keys().resolve("softtoken.p12")).isRegularFile();
        assertThat(Files.readString(federation.keys().resolve("softtoken.keys.properties")))
                .contains("key." + alias + ".state=ACTIVE", "key." + alias + ".purpose=signing:VN/GOV/MPS");
    }

    @Test
    void csrIsWrittenAgainOnRequest() {
        String alias = generate("auth:VN/GOV/MPS/SS-MPS", "EC", config.resolve("auth.csr"));

        assertThat(keysHere("csr", "--key", alias)).as(err).isZero();

        assertThat(out).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
    }

    @Test
    void listAsksOcspAndWarnsOfExpiry() {
        Path csr = config.resolve("auth.csr");
        String alias = generate("auth:VN/GOV/MPS/SS-MPS", "EC", csr);
        keysHere("import", "--certificate", federation.issue(csr, TestFederation.NOW.plus(Duration.ofDays(10)), true,
                "auth.pem").toString());

        assertThat(keysHere("list")).as(err).isZero();

        assertThat(out).contains("UNAVAILABLE (", "names no OCSP responder");
        assertThat(out).contains("WARNING: the certificate of key " + alias + " (auth:VN/GOV/MPS/SS-MPS) expires in 10 days",
                "lienthong keys renew --config DIR --key " + alias);
    }

    @Test
    void aCertificateForAnotherKeyIsRefused() {
        Path first = config.resolve("first.csr");
        generate("signing:VN/GOV/MPS", "RSA", first);
        String second = generate("signing:VN/GOV/MPS", "EC", config.resolve("second.csr"));
        Path certificate = federation.issue(first, YEAR_LATER, false, "first.pem");

        assertOneLineError(keysHere("import", "--certificate", certificate.toString(), "--key", second), 2,
                "lienthong keys import: certificate does not match key " + second);
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Path csr = config.resolve("signing.csr");
        generate("signing:VN/GOV/MPS", "RSA", csr);
        Path expired = federation.issue(csr, TestFederation.NOW.minus(Duration.ofMinutes(1)), false, "expired.pem");

        assertOneLineError(keysHere("import", "--certificate", expired.toString()), 2,
                "lienthong keys import: certificate expired at 2026-06-01T07:59:00Z");
    }

    @Test
    void aCertificateFromAnUnapprovedCaIsRefused() {
        Path csr = config.resolve("signing.csr");
        generate("signing:VN/GOV/MPS", "RSA", csr);

        assertOneLineError(keysHere("import", "--certificate", federation.issueByRogue(csr, "rogue.pem").toString()), 2,
                "lienthong keys import: CA not approved: CN=Rogue Issuing CA");
    }

    @Test
    void theWrongPasswordIsNamedWithItsFix() throws Exception {
        generate("signing:VN/GOV/MPS", "RSA", config.resolve("signing.csr"));
        Path wrong = config.resolve("wrong-password");
        Files.writeString(wrong, "not the password");

        assertOneLineError(keysHere("list", "--no-ocsp", "--password-file", wrong.toString()), 2,
                "wrong password for token softtoken (softtoken.p12): give the right one with --password-file FILE");
    }

    @Test
    void renewalKeepsTheOldKeyActiveUntilTheNewOneIsActivated() {
        Path csr = config.resolve("old.csr");
        String old = generate("signing:VN/GOV/MPS", "EC", csr);
        keysHere("import", "--certificate", federation.issue(csr, YEAR_LATER, false, "old.pem").toString());
        keysHere("activate", "--key", old);

        Path renewedCsr = config.resolve("new.csr");
        assertThat(keysHere("renew", "--key", old, "--csr", renewedCsr.toString())).as(err).isZero();
        Matcher generated = GENERATED.matcher(out);
        assertThat(generated.find()).isTrue();
        String renewed = generated.group(1);
        keysHere("import", "--certificate", federation.issue(renewedCsr, YEAR_LATER.plus(Duration.ofDays(365)), false,
                "new.pem").toString());
        keysHere("list", "--no-ocsp");
        assertThat(out.lines().filter(line -> line.startsWith(old))).singleElement().asString().contains("ACTIVE");

        assertThat(keysHere("activate", "--key", renewed)).as(err).isZero();
        keysHere("list", "--no-ocsp");

        assertThat(out.lines().filter(line -> line.startsWith(old))).singleElement().asString().contains("READY");
        assertThat(out.lines().filter(line -> line.startsWith(renewed))).singleElement().asString().contains("ACTIVE");
    }

    @Test
    void anActiveKeyMustBeDisabledBeforeItIsDeleted() {
        Path csr = config.resolve("signing.csr");
        String alias = generate("signing:VN/GOV/MPS", "RSA", csr);
        keysHere("import", "--certificate", federation.issue(csr, YEAR_LATER, false, "signing.pem").toString());
        keysHere("activate", "--key", alias);

        assertOneLineError(keysHere("delete", "--key", alias), 2, "disable it first");
        assertThat(keysHere("disable", "--key", alias)).as(err).isZero();
        assertThat(keysHere("delete", "--key", alias)).as(err).isZero();
        keysHere("list", "--no-ocsp");
        assertThat(out).contains("has no keys");
    }

    @ParameterizedTest
    @ValueSource(strings = {"signing:VN/GOV", "VN/GOV/MPS", "auth:VN/GOV/MPS"})
    void aBadPurposeIsAnInputError(String purpose) {
        assertOneLineError(keysHere("generate", "--for", purpose), 2, "lienthong keys generate: ");
    }

    @Test
    void inputProblemsAreNamed() {
        assertOneLineError(keysHere("list"), 2, "token softtoken has no keys yet");
        generate("signing:VN/GOV/MPS", "RSA", config.resolve("signing.csr"));
        assertOneLineError(keysHere("import", "--certificate", config.resolve("missing.pem").toString()), 2,
                "missing.pem does not exist");
        assertOneLineError(keysHere("activate", "--key", "nope"), 2, "token softtoken has no key nope");
        assertOneLineError(keys("list", "--config", config.resolve("elsewhere").toString()), 2, "no server.properties");
        assertThat(keys("list")).isEqualTo(2);
    }
}
