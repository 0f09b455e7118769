package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.certs.testing.Identities.MPS;
import static vn.lienthong.certs.testing.Identities.SS_MPS;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.certs.testing.Openssl;
import vn.lienthong.conf.profile.CertificateProfile;

/** OpenSSL, an implementation independent of the JDK and Bouncy Castle, accepts what the CA issues. */
class OpensslVerifyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void verifiesASigningCertificateThroughTheChain(KeyAlgorithm algorithm) throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        CertificateAuthority ca = CertificateAuthority.init(dir.resolve("ca"), "Test", algorithm, "pw".toCharArray());
        X509Certificate leaf = ca.issueSigningCertificate(CertificationRequests.create(algorithm.generate(),
                CertificateProfile.memberSubject(MPS)), MPS, Duration.ofDays(30));
        Path leafPem = dir.resolve("leaf.pem");
        Pem.write(leafPem, leaf);

        Openssl.Result result = openssl.run("verify", "-CAfile", ca.rootCertificatePem().toString(),
                "-untrusted", ca.intermediateCertificatePem().toString(), leafPem.toString());

        assertThat(result.output().strip()).isEqualTo(leafPem + ": OK");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void verifiesAnAuthenticationCertificateForTlsServerAndClientUse() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        CertificateAuthority ca = CertificateAuthority.init(dir.resolve("ca"), "Test", KeyAlgorithm.EC_P256,
                "pw".toCharArray());
        X509Certificate leaf = ca.issueAuthenticationCertificate(CertificationRequests.create(
                KeyAlgorithm.RSA_2048.generate(), CertificateProfile.serverSubject(SS_MPS)), SS_MPS, Duration.ofDays(30));
        Path leafPem = dir.resolve("auth.pem");
        Pem.write(leafPem, leaf);

        for (String purpose : new String[] {"sslserver", "sslclient"}) {
            Openssl.Result result = openssl.run("verify", "-purpose", purpose, "-verify_ip", "127.0.0.1",
                    "-verify_hostname", "localhost", "-CAfile", ca.rootCertificatePem().toString(),
                    "-untrusted", ca.intermediateCertificatePem().toString(), leafPem.toString());

            assertThat(result.output().strip()).as(purpose).isEqualTo(leafPem + ": OK");
            assertThat(result.exitCode()).isZero();
        }
    }

    @Test
    void rejectsACertificateWhenTheIntermediateIsMissing() throws Exception {
        Openssl openssl = Openssl.requireOnPath();
        CertificateAuthority ca = CertificateAuthority.init(dir.resolve("ca"), "Test", KeyAlgorithm.EC_P256,
                "pw".toCharArray());
        Path leafPem = dir.resolve("leaf.pem");
        Pem.write(leafPem, ca.issueSigningCertificate(CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MPS)), MPS, Duration.ofDays(30)));

        Openssl.Result result = openssl.run("verify", "-CAfile", ca.rootCertificatePem().toString(),
                leafPem.toString());

        assertThat(result.exitCode()).as(result.output()).isNotZero();
    }
}
