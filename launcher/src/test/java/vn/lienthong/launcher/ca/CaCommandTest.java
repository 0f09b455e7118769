package vn.lienthong.launcher.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;

class CaCommandTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final MemberId MPS = MemberId.parse("VN/GOV/MPS");
    private static final SecurityServerId SS_MPS = SecurityServerId.parse("VN/GOV/MPS/SS-MPS");

    @TempDir
    Path work;

    private Path ca;
    private Path passwordFile;

    @BeforeEach
    void writePassword() throws Exception {
        ca = work.resolve("ca");
        passwordFile = work.resolve("ca-password");
        Files.writeString(passwordFile, PASSWORD + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "issue", "revoke", "crl", "serve", "list"})
    void everySubcommandHasHelp(String subcommand) {
        CaCli.Run run = CaCli.run(subcommand, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: ca " + subcommand).contains("--dir=DIR");
    }

    @Test
    void withoutASubcommandPrintsTheListOfThem() {
        CaCli.Run run = CaCli.run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("init", "issue", "revoke", "crl", "serve", "list");
    }

    @Test
    void initCreatesTheCaOnceAndRefusesASecondTime() {
        CaCli.Run created = init();

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(ca.resolve("root.pem")).isRegularFile();
        assertThat(ca.resolve("intermediate.p12")).isRegularFile();
        assertThat(created.out()).contains("Created CA 'Test'");

        CaCli.Run again = init();
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a CA");
        assertNoStackTrace(again);
    }

    @Test
    void initRefusesAShortPasswordAndReadsThePasswordFromTheEnvironment() throws Exception {
        Files.writeString(passwordFile, "short\n");
        CaCli.Run weak = init();
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("at least 12");

        CaCli.Run fromEnvironment = CaCli.run(Map.of("LIENTHONG_CA_PASSWORD", PASSWORD), services -> { },
                "init", "--dir", ca.toString(), "--name", "Env", "--keys", "EC_P256");
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
        CaCli.Run list = CaCli.run(Map.of("LIENTHONG_CA_PASSWORD", PASSWORD), services -> { },
                "crl", "--dir", ca.toString(), "--out", work.resolve("env.crl").toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
    }

    @Test
    void issuesSigningAndAuthenticationCertificatesFromPemAndDerRequests() throws Exception {
        init();
        Path signingCsr = csr("signing.csr", CertificateProfile.memberSubject(MPS), KeyAlgorithm.EC_P256.generate(),
                true);
        Path authCsr = csr("auth.der", CertificateProfile.serverSubject(SS_MPS), KeyAlgorithm.RSA_2048.generate(),
                false);

        CaCli.Run signing = withPassword("issue", "--csr", signingCsr.toString(), "--signing-for", "VN/GOV/MPS",
                "--out", work.resolve("mps.pem").toString(), "--days", "30");
        CaCli.Run auth = withPassword("issue", "--csr", authCsr.toString(), "--auth-for", "VN/GOV/MPS/SS-MPS",
                "--out", work.resolve("ss-mps.pem").toString());

        assertThat(signing.exitCode()).as(signing.err()).isZero();
        assertThat(auth.exitCode()).as(auth.err()).isZero();
        X509Certificate member = Pem.read(work.resolve("mps.pem"));
        X509Certificate server = Pem.read(work.resolve("ss-mps.pem"));
        assertThat(member.getSubjectX500Principal()).isEqualTo(CertificateProfile.memberSubject(MPS));
        assertThat(server.getSubjectX500Principal()).isEqualTo(CertificateProfile.serverSubject(SS_MPS));
        member.verify(Pem.read(ca.resolve("intermediate.pem")).getPublicKey());
        assertThat(signing.out()).contains(serial(member));
    }

    @Test
    void refusesARequestWithTheWrongSubjectAndSaysWhichSubjectToUse() throws Exception {
        init();
        Path csr = csr("wrong.csr", CertificateProfile.memberSubject(MemberId.parse("VN/GOV/MOH")),
                KeyAlgorithm.EC_P256.generate(), true);
        Path out = work.resolve("never.pem");

        CaCli.Run run = withPassword("issue", "--csr", csr.toString(), "--signing-for", "VN/GOV/MPS",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CSR subject mismatch").contains("-subj '/C=VN/")
                .contains("serialNumber=VN\\/GOV\\/MPS'");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(out).doesNotExist();
        assertNoStackTrace(run);
    }

    @Test
    void refusesAWeakKeyAMissingRequestAndAWrongPassword() throws Exception {
        init();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        Path weak = csr("weak.csr", CertificateProfile.memberSubject(MPS), rsa.generateKeyPair(), true);
        Path good = csr("good.csr", CertificateProfile.memberSubject(MPS), KeyAlgorithm.EC_P256.generate(), true);
        Path wrongPassword = work.resolve("wrong-password");
        Files.writeString(wrongPassword, "not the password at all");

        CaCli.Run weakKey = withPassword("issue", "--csr", weak.toString(), "--signing-for", "VN/GOV/MPS",
                "--out", work.resolve("x.pem").toString());
        CaCli.Run missing = withPassword("issue", "--csr", work.resolve("absent.csr").toString(),
                "--signing-for", "VN/GOV/MPS", "--out", work.resolve("x.pem").toString());
        CaCli.Run wrong = CaCli.run("issue", "--dir", ca.toString(), "--password-file", wrongPassword.toString(),
                "--csr", good.toString(), "--signing-for", "VN/GOV/MPS", "--out", work.resolve("x.pem").toString());
        CaCli.Run noPassword = CaCli.run("issue", "--dir", ca.toString(), "--csr", good.toString(),
                "--signing-for", "VN/GOV/MPS", "--out", work.resolve("x.pem").toString());

        assertThat(weakKey.exitCode()).isEqualTo(2);
        assertThat(weakKey.err()).contains("1024 bits, below the minimum of 2048");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.csr does not exist");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("the password does not open the CA key store");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("--password-file FILE").contains("LIENTHONG_CA_PASSWORD");
        for (CaCli.Run run : List.of(weakKey, missing, wrong, noPassword)) {
            assertNoStackTrace(run);
        }
        assertThat(work.resolve("x.pem")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        init();

        CaCli.Run bothParties = withPassword("issue", "--csr", "x", "--signing-for", "VN/GOV/MPS",
                "--auth-for", "VN/GOV/MPS/SS-MPS", "--out", "y");
        CaCli.Run noDir = CaCli.run("list");
        CaCli.Run notACa = CaCli.run("list", "--dir", work.resolve("nothing").toString());
        CaCli.Run badSerial = withPassword("revoke", "--serial", "xyz");

        assertThat(bothParties.exitCode()).isEqualTo(2);
        assertThat(noDir.exitCode()).isEqualTo(2);
        assertThat(noDir.err()).contains("--dir");
        assertThat(notACa.exitCode()).isEqualTo(2);
        assertThat(notACa.err()).contains("does not hold a CA").contains("lienthong ca init");
        assertThat(badSerial.exitCode()).isEqualTo(2);
        assertThat(badSerial.err()).contains("'xyz' is not a serial number");
    }

    @Test
    void revokesListsAndPublishesACrl() throws Exception {
        init();
        X509Certificate member = issueMember();
        String serial = serial(member);

        CaCli.Run revoked = withPassword("revoke", "--serial", serial, "--reason", "keyCompromise");
        CaCli.Run twice = withPassword("revoke", "--serial", serial, "--reason", "superseded");
        CaCli.Run unknown = withPassword("revoke", "--serial", "ABCDEF", "--reason", "superseded");
        CaCli.Run badReason = withPassword("revoke", "--serial", serial, "--reason", "lost");
        CaCli.Run pem = withPassword("crl", "--out", work.resolve("out/ca.crl.pem").toString());
        CaCli.Run der = withPassword("crl", "--out", work.resolve("ca.crl").toString(), "--days", "2");
        CaCli.Run list = CaCli.run("list", "--dir", ca.toString());

        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("Revoked SIGNING certificate " + serial).contains("keyCompromise");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already revoked");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("never issued a certificate with serial number ABCDEF")
                .contains("lienthong ca list");
        assertThat(badReason.exitCode()).isEqualTo(2);
        assertThat(badReason.err()).contains("'lost' is not a revocation reason");
        assertThat(pem.exitCode()).as(pem.err()).isZero();
        assertThat(pem.out()).contains("CRL number 1 lists 1 revoked certificate(s)");
        assertThat(der.out()).contains("CRL number 2");
        X509CRL fromPem = crl(Files.readAllBytes(work.resolve("out/ca.crl.pem")));
        X509CRL fromDer = crl(Files.readAllBytes(work.resolve("ca.crl")));
        assertThat(Files.readString(work.resolve("out/ca.crl.pem"), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN X509 CRL-----");
        assertThat(fromPem.getRevokedCertificate(member.getSerialNumber())).isNotNull();
        assertThat(fromDer.getRevokedCertificate(member.getSerialNumber())).isNotNull();
        fromDer.verify(Pem.read(ca.resolve("intermediate.pem")).getPublicKey());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("SERIAL").contains(serial).contains("REVOKED")
                .contains("/keyCompromise").contains("1 certificate(s)");
    }

    @Test
    void servesOcspAndTimeStampingUntilStopped() throws Exception {
        init();
        X509Certificate member = issueMember();
        withPassword("revoke", "--serial", serial(member), "--reason", "cessationOfOperation");
        X509Certificate intermediate = Pem.read(ca.resolve("intermediate.pem"));
        AtomicReference<OCSPResp> ocsp = new AtomicReference<>();
        AtomicReference<TimeStampResponse> tsa = new AtomicReference<>();
        TimeStampRequest query = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256,
                MessageDigest.getInstance("SHA-256").digest(new byte[] {42}), BigInteger.TWO);

        CaCli.Run serve = CaCli.run(Map.of(), services -> {
            ocsp.set(new OCSPResp(post(services.ocspUri(), "application/ocsp-request",
                    ocspRequest(intermediate, member.getSerialNumber()))));
            tsa.set(new TimeStampResponse(post(services.tsaUri(), "application/timestamp-query",
                    query.getEncoded())));
        }, "serve", "--dir", ca.toString(), "--password-file", passwordFile.toString(), "--ocsp-port", "0",
                "--tsa-port", "0");

        assertThat(serve.exitCode()).as(serve.err()).isZero();
        assertThat(serve.out()).contains("OCSP responder:  http://127.0.0.1:").contains("time-stamping:   http://127.0.0.1:");
        RevokedStatus status = (RevokedStatus) ((BasicOCSPResp) ocsp.get().getResponseObject()).getResponses()[0]
                .getCertStatus();
        assertThat(status.getRevocationReason()).isEqualTo(5);
        tsa.get().validate(query);
        assertThat(tsa.get().getTimeStampToken()).isNotNull();
        assertThat(ca.resolve("ocsp/responder.pem")).isRegularFile();
        assertThat(ca.resolve("tsa/tsa.pem")).isRegularFile();
    }

    @Test
    void serveRefusesAPortOutOfRange() {
        init();

        CaCli.Run run = withPassword("serve", "--ocsp-port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("between 0 and 65535");
    }

    private CaCli.Run init() {
        return CaCli.run("init", "--dir", ca.toString(), "--name", "Test", "--keys", "EC_P256",
                "--password-file", passwordFile.toString());
    }

    private CaCli.Run withPassword(String subcommand, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = subcommand;
        all[1] = "--dir";
        all[2] = ca.toString();
        all[3] = "--password-file";
        all[4] = passwordFile.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return CaCli.run(all);
    }

    private X509Certificate issueMember() throws Exception {
        Path csr = csr("member.csr", CertificateProfile.memberSubject(MPS), KeyAlgorithm.EC_P256.generate(), true);
        CaCli.Run run = withPassword("issue", "--csr", csr.toString(), "--signing-for", "VN/GOV/MPS",
                "--out", work.resolve("member.pem").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Pem.read(work.resolve("member.pem"));
    }

    private Path csr(String name, X500Principal subject, KeyPair keys, boolean pem) throws Exception {
        byte[] der = CertificationRequests.create(keys, subject);
        Path file = work.resolve(name);
        if (pem) {
            Files.writeString(file, Pem.encode("CERTIFICATE REQUEST", der), StandardCharsets.US_ASCII);
        } else {
            Files.write(file, der);
        }
        return file;
    }

    private static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase();
    }

    private static X509CRL crl(byte[] bytes) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
    }

    private static byte[] ocspRequest(X509Certificate issuer, BigInteger serial) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), serial);
        return new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                new DEROctetString(new DEROctetString(new byte[16]).getEncoded())))).build().getEncoded();
    }

    private static byte[] post(URI uri, String contentType, byte[] body) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void assertNoStackTrace(CaCli.Run run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
