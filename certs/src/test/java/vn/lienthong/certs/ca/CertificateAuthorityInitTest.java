package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.certs.testing.CertificateAssertions;

class CertificateAuthorityInitTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    @Test
    void createsRootAndIntermediateWithPemFilesKeyStoresAndState() throws Exception {
        CertificateAuthority ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.RSA_2048, PASSWORD);

        X509Certificate root = ca.root();
        X509Certificate intermediate = ca.intermediate();
        assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=Test Root CA,C=VN");
        assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(root.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        root.verify(root.getPublicKey());

        assertThat(intermediate.getSubjectX500Principal().getName()).isEqualTo("CN=Test Intermediate CA,C=VN");
        assertThat(intermediate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(intermediate.getBasicConstraints()).as("pathLen").isZero();
        assertThat(intermediate.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(CertificateAssertions.authorityKeyIdentifier(intermediate))
                .isEqualTo(CertificateAssertions.subjectKeyIdentifier(root));
        assertThat(intermediate.getSigAlgName()).isEqualTo("SHA256withRSA");
        intermediate.verify(root.getPublicKey());

        assertThat(ca.chain()).containsExactly(intermediate, root);
        assertThat(Pem.read(dir.resolve("root.pem"))).isEqualTo(root);
        assertThat(Pem.read(dir.resolve("intermediate.pem"))).isEqualTo(intermediate);
        assertThat(Pem.readChain(dir.resolve("chain.pem"))).containsExactly(intermediate, root);
        assertThat(ca.rootCertificatePem()).isEqualTo(dir.resolve("root.pem"));
        assertThat(dir.resolve("serial")).isRegularFile();
        assertThat(dir.resolve("issued").resolve("index.tsv")).isRegularFile();
        assertThat(ca.issuedCertificates()).isEmpty();
        assertThat(root.getSerialNumber()).isNotEqualTo(intermediate.getSerialNumber());
    }

    @Test
    void keyStoresArePasswordProtectedPkcs12ReadableByTheJdkAndOwnerOnly() throws Exception {
        CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);

        for (String name : new String[] {"root.p12", "intermediate.p12"}) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(dir.resolve(name))) {
                store.load(in, PASSWORD);
            }
            String alias = name.replace(".p12", "");
            assertThat(store.isKeyEntry(alias)).as(name).isTrue();
            assertThat(store.getKey(alias, PASSWORD).getAlgorithm()).isEqualTo("EC");
        }
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions to check");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("intermediate.p12"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("root.p12"))))
                .isEqualTo("rw-------");
    }

    @Test
    void ecCaSignsWithEcdsa() {
        CertificateAuthority ca = CertificateAuthority.init(dir, "EC", KeyAlgorithm.EC_P256, PASSWORD);

        assertThat(ca.root().getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(ca.intermediate().getSigAlgName()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void reopensWithTheSameCertificates() {
        CertificateAuthority created = CertificateAuthority.init(dir, "Test", KeyAlgorithm.RSA_2048, PASSWORD);

        CertificateAuthority reopened = CertificateAuthority.open(dir, PASSWORD);

        assertThat(reopened.root()).isEqualTo(created.root());
        assertThat(reopened.intermediate()).isEqualTo(created.intermediate());
        assertThat(CertificateAuthority.exists(dir)).isTrue();
    }

    @Test
    void reopensWithoutTheRootKeyStoreSoTheRootKeyCanBeKeptOffline() throws Exception {
        CertificateAuthority created = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        Files.move(dir.resolve("root.p12"), dir.resolveSibling(dir.getFileName() + "-offline-root.p12"));

        assertThat(CertificateAuthority.open(dir, PASSWORD).root()).isEqualTo(created.root());
    }

    @Test
    void wrongPasswordIsReportedAsSuch() {
        CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);

        assertThatThrownBy(() -> CertificateAuthority.open(dir, "guess".toCharArray()))
                .isInstanceOfSatisfying(WrongCaPasswordException.class,
                        e -> assertThat(e.keyStore()).isEqualTo(dir.resolve("intermediate.p12")));
    }

    @Test
    void refusesToInitialiseOverAnExistingCa() {
        CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);

        assertThatThrownBy(() -> CertificateAuthority.init(dir, "Other", KeyAlgorithm.EC_P256, PASSWORD))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
    }

    @Test
    void refusesToInitialiseOverTheRemainsOfAnInterruptedInit() throws Exception {
        Files.writeString(dir.resolve("root.pem"), "left over");

        assertThatThrownBy(() -> CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
    }

    @Test
    void openingADirectoryWithoutACaFails() {
        assertThat(CertificateAuthority.exists(dir)).isFalse();
        assertThatThrownBy(() -> CertificateAuthority.open(dir, PASSWORD))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
    }

    @Test
    void openingACaWhoseRootPemWasReplacedFails() throws Exception {
        CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        CertificateAuthority other = CertificateAuthority.init(dir.resolve("other"), "Other", KeyAlgorithm.EC_P256,
                PASSWORD);
        Pem.write(dir.resolve("root.pem"), other.root());

        assertThatThrownBy(() -> CertificateAuthority.open(dir, PASSWORD))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
    }
}
