package vn.lienthong.certs.pem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;

class PemTest {

    @TempDir
    static Path dir;
    static X509Certificate root;
    static X509Certificate intermediate;

    @BeforeAll
    static void createCertificates() {
        CertificateAuthority ca = CertificateAuthority.init(dir.resolve("ca"), "Pem", KeyAlgorithm.EC_P256,
                "pw".toCharArray());
        root = ca.root();
        intermediate = ca.intermediate();
    }

    @Test
    void encodesOneCertificateAsA64ColumnBlock() {
        String pem = Pem.encode(root);

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        assertThat(Pem.decode(pem)).isEqualTo(root);
    }

    @Test
    void writesAndReadsAChainInOrder() throws Exception {
        Path file = dir.resolve("chain.pem");

        Pem.writeChain(file, List.of(intermediate, root));

        assertThat(Pem.readChain(file)).containsExactly(intermediate, root);
    }

    @Test
    void ignoresTextAroundTheBlocks() {
        String text = "subject=CN=whatever\r\n" + Pem.encode(intermediate).replace("\n", "\r\n") + "trailing note\n";

        assertThat(Pem.decode(text)).isEqualTo(intermediate);
    }

    @Test
    void refusesSeveralCertificatesWhereOneIsExpected() {
        assertThatThrownBy(() -> Pem.decode(Pem.encode(List.of(intermediate, root))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextWithoutACertificateBlock() throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> Pem.read(file)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pem.decodeAll("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADamagedBlock() {
        String damaged = "-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n";

        assertThatThrownBy(() -> Pem.decode(damaged)).isInstanceOf(IllegalArgumentException.class);
    }
}
