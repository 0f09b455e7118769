package vn.lienthong.certs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.lienthong.certs.testing.Identities.BANK;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;
import static vn.lienthong.certs.testing.Identities.SS_MOH;
import static vn.lienthong.certs.testing.Identities.SS_MPS;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.crypto.SignatureAlgorithms;
import vn.lienthong.certs.ocsp.OcspHttpServer;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.certs.services.CaServices;
import vn.lienthong.certs.testing.Http;
import vn.lienthong.certs.testing.OcspRequests;
import vn.lienthong.certs.testing.CertificateAssertions;
import vn.lienthong.certs.testing.Openssl;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;

class DemoPkiTest {

    private static final List<MemberId> MEMBERS = List.of(MPS, MOH);
    private static final List<SecurityServerId> SERVERS = List.of(SS_MPS, SS_MOH);

    @TempDir
    Path dir;

    @Test
    void firstRunCreatesTheWholePkiInTheDocumentedLayout() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);

        assertThat(result.passwordFile()).isEqualTo(dir.toAbsolutePath().resolve("secrets/keystore-password"));
        assertThat(result.rootCertificatePem()).isEqualTo(dir.toAbsolutePath().resolve("ca/root.pem"));
        assertThat(result.intermediateCertificatePem()).isEqualTo(dir.toAbsolutePath().resolve("ca/intermediate.pem"));
        assertThat(result.memberKeystore(MPS)).isEqualTo(dir.toAbsolutePath().resolve("members/VN_GOV_MPS.p12"));
        assertThat(result.memberCertificatePem(MPS)).isEqualTo(dir.toAbsolutePath().resolve("members/VN_GOV_MPS.pem"));
        assertThat(result.serverKeystore(SS_MPS))
                .isEqualTo(dir.toAbsolutePath().resolve("servers/VN_GOV_MPS_SS-MPS.p12"));
        assertThat(result.serverCertificatePem(SS_MPS))
                .isEqualTo(dir.toAbsolutePath().resolve("servers/VN_GOV_MPS_SS-MPS.pem"));
        assertThat(CertificateAuthority.exists(result.caDirectory())).isTrue();
        for (MemberId member : MEMBERS) {
            assertThat(result.memberKeystore(member)).isRegularFile();
            assertThat(Pem.read(result.memberCertificatePem(member))).isEqualTo(result.memberCertificate(member));
        }
        for (SecurityServerId server : SERVERS) {
            assertThat(result.serverKeystore(server)).isRegularFile();
            assertThat(Pem.read(result.serverCertificatePem(server))).isEqualTo(result.serverCertificate(server));
        }
    }

    @Test
    void passwordIs32UrlSafeRandomCharactersReadableByTheOwnerOnly() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);
        DemoPkiResult other = DemoPki.generate(dir.resolve("other"), MEMBERS, SERVERS, KeyAlgorithm.EC_P256);

        assertThat(new String(result.readPassword())).matches("[A-Za-z0-9_-]{32}");
        assertThat(result.readPassword()).isNotEqualTo(other.readPassword());
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions to check");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result.passwordFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result.memberKeystore(MPS))))
                .isEqualTo("rw-------");
    }

    @Test
    void memberKeyStoresLoadWithTheJdkAndHoldTheSigningKeyAndFullChain() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.RSA_2048);
        char[] password = result.readPassword();

        for (MemberId member : MEMBERS) {
            KeyStore store = loadWithJdk(result.memberKeystore(member), password);
            X509Certificate leaf = (X509Certificate) store.getCertificate(DemoPki.SIGNING_ALIAS);
            assertThat(leaf).isEqualTo(result.memberCertificate(member));
            assertThat(CertificateProfile.memberOf(leaf)).contains(member);
            assertKeyEntryWithChain(store, DemoPki.SIGNING_ALIAS, password, result);
        }
    }

    @Test
    void serverKeyStoresLoadWithTheJdkAndHoldTheAuthenticationKeyAndFullChain() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);
        char[] password = result.readPassword();

        for (SecurityServerId server : SERVERS) {
            KeyStore store = loadWithJdk(result.serverKeystore(server), password);
            X509Certificate leaf = (X509Certificate) store.getCertificate(DemoPki.AUTH_ALIAS);
            assertThat(leaf).isEqualTo(result.serverCertificate(server));
            assertThat(CertificateProfile.serverOf(leaf)).contains(server);
            assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
            assertKeyEntryWithChain(store, DemoPki.AUTH_ALIAS, password, result);
        }
    }

    @Test
    void authCertificateFingerprintIsLowercaseHexSha256OfTheDer() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Pem.read(result.serverCertificatePem(SS_MPS)).getEncoded()));
        assertThat(result.authCertificateSha256Hex(SS_MPS)).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(result.authCertificateSha256Hex(SS_MOH)).isNotEqualTo(expected);
    }

    @Test
    void laterRunsReuseEverythingAndReturnTheSameResult() throws Exception {
        DemoPkiResult first = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);
        byte[] keystore = Files.readAllBytes(first.memberKeystore(MPS));
        byte[] password = Files.readAllBytes(first.passwordFile());
        int issued = CertificateAuthority.open(first.caDirectory(), first.readPassword()).issuedCertificates().size();

        DemoPkiResult second = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(second.memberKeystore(MPS))).isEqualTo(keystore);
        assertThat(Files.readAllBytes(second.passwordFile())).isEqualTo(password);
        assertThat(CertificateAuthority.open(second.caDirectory(), second.readPassword()).issuedCertificates())
                .hasSize(issued);
    }

    @Test
    void laterRunsIssueOnlyWhatIsMissing() throws Exception {
        DemoPkiResult first = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);
        Files.delete(first.serverKeystore(SS_MOH));

        DemoPkiResult second = DemoPki.generate(dir, List.of(MPS, MOH, BANK), SERVERS, KeyAlgorithm.EC_P256);

        assertThat(second.memberCertificate(MPS)).isEqualTo(first.memberCertificate(MPS));
        assertThat(second.memberCertificate(MOH)).isEqualTo(first.memberCertificate(MOH));
        assertThat(second.serverCertificate(SS_MPS)).isEqualTo(first.serverCertificate(SS_MPS));
        assertThat(second.serverCertificate(SS_MOH)).isNotEqualTo(first.serverCertificate(SS_MOH));
        assertThat(second.memberKeystore(BANK)).isRegularFile();
        assertThat(CertificateProfile.memberOf(second.memberCertificate(BANK))).contains(BANK);
    }

    @Test
    void providesTheCaServicesWithTheirCertificatesMadeAtTheFirstRun() throws Exception {
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256);
        X509Certificate responder = Pem.read(result.ocspResponderCertificatePem());
        X509Certificate tsa = Pem.read(result.tsaCertificatePem());
        X509Certificate intermediate = Pem.read(result.intermediateCertificatePem());

        try (CaServices services = result.startCaServices(0, 0)) {
            assertThat(services.ocspResponderCertificate()).isEqualTo(responder);
            assertThat(services.timeStampingCertificate()).isEqualTo(tsa);
            byte[] request = OcspRequests.request(null,
                    OcspRequests.id(intermediate, result.memberCertificate(MPS).getSerialNumber()));
            OCSPResp answer = new OCSPResp(Http.post(services.ocspUri(), OcspHttpServer.REQUEST_TYPE, request).body());
            assertThat(((BasicOCSPResp) answer.getResponseObject()).getResponses()[0].getCertStatus())
                    .isEqualTo(org.bouncycastle.cert.ocsp.CertificateStatus.GOOD);
        }
        assertThat(DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.EC_P256).ocspResponderCertificatePem())
                .hasSameBinaryContentAs(result.ocspResponderCertificatePem());
    }

    @Test
    void lookingUpAPartyThatWasNotGeneratedFails() {
        DemoPkiResult result = DemoPki.generate(dir, List.of(MPS), List.of(SS_MPS), KeyAlgorithm.EC_P256);

        assertThatThrownBy(() -> result.memberKeystore(BANK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.serverCertificate(SS_MOH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoIdentifiersThatWouldShareAFileName() {
        List<MemberId> clashing = List.of(MemberId.parse("VN/GOV_A/B"), MemberId.parse("VN/GOV/A_B"));

        assertThatThrownBy(() -> DemoPki.generate(dir, clashing, List.of(), KeyAlgorithm.EC_P256))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opensslReadsTheKeyStoresAndVerifiesTheServerCertificate() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        DemoPkiResult result = DemoPki.generate(dir, MEMBERS, SERVERS, KeyAlgorithm.RSA_2048);

        Openssl.Result pkcs12 = openssl.run("pkcs12", "-in", result.memberKeystore(MPS).toString(),
                "-passin", "file:" + result.passwordFile(), "-nokeys", "-clcerts");
        assertThat(pkcs12.exitCode()).as(pkcs12.output()).isZero();
        assertThat(Pem.decodeAll(pkcs12.output())).containsExactly(result.memberCertificate(MPS));

        Openssl.Result verify = openssl.run("verify", "-purpose", "sslserver",
                "-CAfile", result.rootCertificatePem().toString(),
                "-untrusted", result.intermediateCertificatePem().toString(),
                result.serverCertificatePem(SS_MPS).toString());
        assertThat(verify.output().strip()).isEqualTo(result.serverCertificatePem(SS_MPS) + ": OK");
    }

    private static KeyStore loadWithJdk(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void assertKeyEntryWithChain(KeyStore store, String alias, char[] password, DemoPkiResult result)
            throws Exception {
        assertThat(store.isKeyEntry(alias)).isTrue();
        Certificate[] chain = store.getCertificateChain(alias);
        X509Certificate root = Pem.read(result.rootCertificatePem());
        X509Certificate intermediate = Pem.read(result.intermediateCertificatePem());
        assertThat(chain).hasSize(3);
        assertThat(chain[1]).isEqualTo(intermediate);
        assertThat(chain[2]).isEqualTo(root);
        CertificateAssertions.validate(root, (X509Certificate) chain[0], intermediate);

        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        byte[] data = "demo".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(SignatureAlgorithms.forKey(key));
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(SignatureAlgorithms.forKey(key));
        verifier.initVerify(chain[0].getPublicKey());
        verifier.update(data);
        assertThat(verifier.verify(signature)).as("the key matches the certificate").isTrue();
    }
}
