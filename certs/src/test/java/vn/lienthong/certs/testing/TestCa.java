package vn.lienthong.certs.testing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;

/** A throwaway CA for tests, and certificates from it. */
public final class TestCa {

    public static final char[] PASSWORD = "test-ca-password".toCharArray();

    private TestCa() {
    }

    public static CertificateAuthority create(Path dir) {
        return CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, PASSWORD);
    }

    public static CertificateAuthority reopen(Path dir) {
        return CertificateAuthority.open(dir, PASSWORD);
    }

    public static X509Certificate signingCertificate(CertificateAuthority ca, MemberId member) {
        return ca.issueSigningCertificate(CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(member)), member, Duration.ofDays(30));
    }
}
