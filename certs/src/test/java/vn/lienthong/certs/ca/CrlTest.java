package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;
import static vn.lienthong.certs.testing.Identities.SS_MPS;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.testing.CertificateAssertions;
import vn.lienthong.certs.testing.Openssl;
import vn.lienthong.certs.testing.TestCa;
import vn.lienthong.conf.profile.CertificateProfile;

class CrlTest {

    @TempDir
    Path dir;

    @Test
    void listsRevokedCertificatesWithTimeAndReasonSignedByTheIntermediate() throws Exception {
        CertificateAuthority ca = TestCa.create(dir.resolve("ca"));
        X509Certificate compromised = TestCa.signingCertificate(ca, MPS);
        X509Certificate replaced = TestCa.signingCertificate(ca, MOH);
        X509Certificate valid = ca.issueAuthenticationCertificate(CertificationRequests.create(
                KeyAlgorithm.EC_P256.generate(), CertificateProfile.serverSubject(SS_MPS)), SS_MPS, Duration.ofDays(9));
        IssuedCertificate first = ca.revoke(compromised.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        ca.revoke(replaced.getSerialNumber(), RevocationReason.UNSPECIFIED);
        Instant before = Instant.now().minusSeconds(1);

        IssuedCrl issued = ca.issueCrl(Duration.ofDays(7));

        X509CRL crl = read(Files.readAllBytes(issued.derFile()));
        assertThat(crl).isEqualTo(issued.crl());
        assertThat(crl.getVersion()).isEqualTo(2);
        crl.verify(ca.intermediate().getPublicKey());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(ca.intermediate().getSubjectX500Principal());
        assertThat(crl.getThisUpdate().toInstant()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
        assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofDays(7));
        X509CRLEntry entry = crl.getRevokedCertificate(compromised.getSerialNumber());
        assertThat(entry.getRevocationDate().toInstant()).isEqualTo(first.revocation().time());
        assertThat(entry.getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
        assertThat(crl.getRevokedCertificate(replaced.getSerialNumber()).getRevocationReason())
                .as("unspecified is left out, as RFC 5280 recommends").isNull();
        assertThat(crl.getRevokedCertificate(valid.getSerialNumber())).isNull();
        assertThat(crlNumber(crl)).isEqualTo(BigInteger.ONE).isEqualTo(issued.number());
        assertThat(CertificateAssertions.authorityKeyIdentifier(crl))
                .isEqualTo(CertificateAssertions.subjectKeyIdentifier(ca.intermediate()));
        assertThat(read(Files.readAllBytes(issued.pemFile()))).isEqualTo(crl);
    }

    @Test
    void crlNumbersIncreaseAndContinueAfterReopening() throws Exception {
        CertificateAuthority ca = TestCa.create(dir);
        assertThat(crlNumber(ca.issueCrl(Duration.ofDays(1)).crl())).isEqualTo(1);
        assertThat(crlNumber(ca.issueCrl(Duration.ofDays(1)).crl())).isEqualTo(2);

        CertificateAuthority reopened = TestCa.reopen(dir);

        IssuedCrl third = reopened.issueCrl(Duration.ofDays(1));
        assertThat(third.number()).isEqualTo(3);
        assertThat(crlNumber(read(Files.readAllBytes(dir.resolve("crl/crl.der"))))).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("crl/crlnumber")).strip()).isEqualTo("4");
    }

    @Test
    void opensslVerifiesTheCrlAndListsTheRevokedSerial() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        CertificateAuthority ca = TestCa.create(dir.resolve("ca"));
        X509Certificate revoked = TestCa.signingCertificate(ca, MPS);
        X509Certificate valid = TestCa.signingCertificate(ca, MOH);
        ca.revoke(revoked.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        IssuedCrl crl = ca.issueCrl(Duration.ofDays(7));

        for (String[] input : new String[][] {{crl.pemFile().toString(), "PEM"}, {crl.derFile().toString(), "DER"}}) {
            Openssl.Result result = openssl.run("crl", "-in", input[0], "-inform", input[1], "-CAfile",
                    ca.chainPem().toString(), "-noout", "-text");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("verify OK")
                    .contains("Serial Number: " + hex(revoked))
                    .doesNotContain("Serial Number: " + hex(valid))
                    .contains("Key Compromise");
        }
    }

    private static String hex(X509Certificate certificate) {
        String hex = certificate.getSerialNumber().toString(16).toUpperCase();
        return hex.length() % 2 == 1 ? "0" + hex : hex;
    }

    private static X509CRL read(byte[] bytes) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
    }

    private static BigInteger crlNumber(X509CRL crl) {
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(
                crl.getExtensionValue(Extension.cRLNumber.getId())).getOctets()).getValue();
    }
}
