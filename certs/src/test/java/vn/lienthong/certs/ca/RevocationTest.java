package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.certs.testing.TestCa;

class RevocationTest {

    private static final Instant NOW = Instant.parse("2030-05-06T07:08:09.750Z");

    @TempDir
    Path dir;

    @Test
    void recordsTimeAndReasonInTheIndexAndKeepsThemAcrossReopening() throws Exception {
        CertificateAuthority ca = TestCa.create(dir);
        X509Certificate revoked = TestCa.signingCertificate(ca, MPS);
        X509Certificate kept = TestCa.signingCertificate(ca, MOH);

        IssuedCertificate entry = ca.withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .revoke(revoked.getSerialNumber(), RevocationReason.KEY_COMPROMISE);

        assertThat(entry.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(entry.revocation()).isEqualTo(new Revocation(Instant.parse("2030-05-06T07:08:09Z"),
                RevocationReason.KEY_COMPROMISE));
        CertificateAuthority reopened = TestCa.reopen(dir);
        assertThat(reopened.lookUp(revoked.getSerialNumber())).contains(entry);
        assertThat(reopened.lookUp(kept.getSerialNumber()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateAuthority.readIndex(dir)).extracting(IssuedCertificate::revocation)
                .containsExactly(entry.revocation(), null);
        assertThat(Files.readString(dir.resolve("issued/index.tsv"))).contains(
                entry.serialHex() + "\tR\tSIGNING\t" + revoked.getNotAfter().toInstant()
                        + "\t2030-05-06T07:08:09Z,KEY_COMPROMISE\t");
    }

    @Test
    void refusesASerialTheCaNeverIssued() {
        CertificateAuthority ca = TestCa.create(dir);
        BigInteger never = BigInteger.valueOf(0x1234);

        assertThatThrownBy(() -> ca.revoke(never, RevocationReason.SUPERSEDED))
                .isInstanceOfSatisfying(UnknownCertificateException.class,
                        e -> assertThat(e.serialNumber()).isEqualTo(never))
                .hasMessageContaining("never issued a certificate with serial number 1234");
    }

    @Test
    void refusesToRevokeTwiceAndKeepsTheFirstRevocation() {
        CertificateAuthority ca = TestCa.create(dir);
        BigInteger serial = TestCa.signingCertificate(ca, MPS).getSerialNumber();
        IssuedCertificate first = ca.revoke(serial, RevocationReason.SUPERSEDED);

        assertThatThrownBy(() -> ca.revoke(serial, RevocationReason.KEY_COMPROMISE))
                .isInstanceOfSatisfying(CertificateAlreadyRevokedException.class,
                        e -> assertThat(e.entry()).isEqualTo(first));
        assertThat(ca.lookUp(serial)).contains(first);
    }

    @ParameterizedTest
    @EnumSource(value = RevocationReason.class, names = {"CERTIFICATE_HOLD", "REMOVE_FROM_CRL"})
    void refusesReasonsThatAreNotARevocationForGood(RevocationReason reason) {
        CertificateAuthority ca = TestCa.create(dir);
        BigInteger serial = TestCa.signingCertificate(ca, MPS).getSerialNumber();

        assertThatThrownBy(() -> ca.revoke(serial, reason))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyCompromise");
        assertThat(ca.lookUp(serial).orElseThrow().isRevoked()).isFalse();
    }

    @Test
    void parsesReasonsByRfcNameEnumNameOrCode() {
        assertThat(RevocationReason.parse("keyCompromise")).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.parse("KEY_COMPROMISE")).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.parse("5")).isEqualTo(RevocationReason.CESSATION_OF_OPERATION);
        assertThatThrownBy(() -> RevocationReason.parse("lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lost' is not a revocation reason");
    }

    @Test
    void readsAnIndexWrittenBeforeRevocationExistedAndRewritesItOnTheNextChange() throws Exception {
        CertificateAuthority ca = TestCa.create(dir);
        X509Certificate certificate = TestCa.signingCertificate(ca, MPS);
        Path index = dir.resolve("issued/index.tsv");
        String serial = certificate.getSerialNumber().toString(16).toUpperCase();
        Files.writeString(index, "# serial\tstatus\ttype\tnotAfter\tsubject\n" + serial + "\tV\tSIGNING\t"
                + certificate.getNotAfter().toInstant() + "\t"
                + Files.readString(index).lines().skip(1).findFirst().orElseThrow().split("\t", 6)[5] + "\n",
                StandardCharsets.UTF_8);

        assertThat(ca.lookUp(certificate.getSerialNumber()).orElseThrow().subject())
                .isEqualTo(certificate.getSubjectX500Principal());
        ca.revoke(certificate.getSerialNumber(), RevocationReason.AFFILIATION_CHANGED);

        assertThat(Files.readString(index)).startsWith("# serial\tstatus\ttype\tnotAfter\trevocation\tsubject\n");
        assertThat(ca.lookUp(certificate.getSerialNumber()).orElseThrow().revocation().reason())
                .isEqualTo(RevocationReason.AFFILIATION_CHANGED);
    }
}
