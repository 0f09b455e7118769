package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.certs.testing.Identities.MPS;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.conf.profile.CertificateProfile;

class SerialNumberTest {

    private static final char[] PASSWORD = "pw".toCharArray();
    private static final KeyPair KEYS = KeyAlgorithm.EC_P256.generate();
    private static final byte[] REQUEST = CertificationRequests.create(KEYS, CertificateProfile.memberSubject(MPS));

    @TempDir
    Path dir;

    @Test
    void serialsKeepIncreasingAcrossARestartAndAreIndexed() {
        CertificateAuthority first = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        List<BigInteger> serials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            serials.add(issue(first).getSerialNumber());
        }

        CertificateAuthority afterRestart = CertificateAuthority.open(dir, PASSWORD);
        for (int i = 0; i < 3; i++) {
            serials.add(issue(afterRestart).getSerialNumber());
        }

        assertThat(serials).doesNotHaveDuplicates().isSorted()
                .doesNotContain(first.root().getSerialNumber(), first.intermediate().getSerialNumber());
        assertThat(serials).allSatisfy(serial -> assertThat(serial.bitLength()).isGreaterThanOrEqualTo(64));
        assertThat(afterRestart.issuedCertificates())
                .extracting(IssuedCertificate::serialNumber).containsExactlyElementsOf(serials);
        assertThat(afterRestart.issuedCertificates())
                .allSatisfy(entry -> {
                    assertThat(entry.status()).isEqualTo(CertificateStatus.VALID);
                    assertThat(entry.type()).isEqualTo(CertificateType.SIGNING);
                    assertThat(entry.subject()).isEqualTo(CertificateProfile.memberSubject(MPS));
                });
    }

    @Test
    void eachIssuedCertificateIsStoredAsPemByHexSerial() throws Exception {
        CertificateAuthority ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);

        X509Certificate certificate = issue(ca);

        Path pem = dir.resolve("issued").resolve(certificate.getSerialNumber().toString(16).toUpperCase() + ".pem");
        assertThat(Pem.read(pem)).isEqualTo(certificate);
        assertThat(ca.issuedCertificates().get(0).notAfter()).isEqualTo(certificate.getNotAfter().toInstant());
    }

    @Test
    void concurrentIssuanceNeverRepeatsASerial() throws Exception {
        CertificateAuthority ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<X509Certificate>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> issue(ca)));
            }
            List<BigInteger> serials = new ArrayList<>();
            for (Future<X509Certificate> future : futures) {
                serials.add(future.get().getSerialNumber());
            }
            assertThat(serials).doesNotHaveDuplicates();
            assertThat(ca.issuedCertificates()).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSerialFileRolledBackFromABackupDoesNotLeadToADuplicateSerial() throws Exception {
        CertificateAuthority ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        byte[] backup = Files.readAllBytes(dir.resolve("serial"));
        issue(ca);
        Files.write(dir.resolve("serial"), backup);

        assertThatThrownBy(() -> issue(CertificateAuthority.open(dir, PASSWORD)))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
        assertThat(ca.issuedCertificates()).hasSize(1);
    }

    @Test
    void aDamagedSerialFileStopsIssuance() throws Exception {
        CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
        Files.writeString(dir.resolve("serial"), "not a number");

        assertThatThrownBy(() -> CertificateAuthority.open(dir, PASSWORD))
                .isExactlyInstanceOf(CertificateAuthorityException.class);
    }

    private static X509Certificate issue(CertificateAuthority ca) {
        return ca.issueSigningCertificate(REQUEST, MPS, Duration.ofDays(1));
    }
}
