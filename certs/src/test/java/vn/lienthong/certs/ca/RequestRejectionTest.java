package vn.lienthong.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.certs.testing.Identities.MOH;
import static vn.lienthong.certs.testing.Identities.MPS;
import static vn.lienthong.certs.testing.Identities.SS_MOH;
import static vn.lienthong.certs.testing.Identities.SS_MPS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.CertificateRequestRejectedException.Reason;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.testing.Requests;
import vn.lienthong.conf.profile.CertificateProfile;

/** Each way a certification request is refused; a refused request leaves no trace in the CA's index. */
class RequestRejectionTest {

    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    static Path dir;
    static CertificateAuthority ca;

    @BeforeAll
    static void createCa() {
        ca = CertificateAuthority.init(dir, "Test", KeyAlgorithm.EC_P256, "pw".toCharArray());
    }

    @Test
    void bytesThatAreNotARequest() {
        assertRejected(() -> ca.issueSigningCertificate(new byte[] {0x30, 0x03, 0x02, 0x01}, MPS, YEAR),
                Reason.MALFORMED_REQUEST);
        assertRejected(() -> ca.issueSigningCertificate(new byte[0], MPS, YEAR), Reason.MALFORMED_REQUEST);
    }

    @Test
    void aPemEncodedRequestInsteadOfDer() {
        byte[] der = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MPS));
        byte[] pem = ("-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n").getBytes(StandardCharsets.US_ASCII);

        assertRejected(() -> ca.issueSigningCertificate(pem, MPS, YEAR), Reason.MALFORMED_REQUEST);
    }

    @Test
    void aRequestWithTrailingBytes() {
        byte[] der = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MPS));
        byte[] padded = Arrays.copyOf(der, der.length + 2);

        assertRejected(() -> ca.issueSigningCertificate(padded, MPS, YEAR), Reason.MALFORMED_REQUEST);
    }

    @Test
    void aSignatureMadeWithAnotherKey() throws Exception {
        KeyPair carried = KeyAlgorithm.RSA_2048.generate();
        KeyPair signer = KeyAlgorithm.RSA_2048.generate();
        byte[] request = Requests.carryingOneKeySignedWithAnother(carried.getPublic(), signer.getPrivate(),
                "SHA256withRSA", CertificateProfile.memberSubject(MPS));

        assertRejected(() -> ca.issueSigningCertificate(request, MPS, YEAR), Reason.SIGNATURE_INVALID);
    }

    @Test
    void aRequestAlteredAfterSigning() {
        byte[] request = CertificationRequests.create(KeyAlgorithm.RSA_2048.generate(),
                CertificateProfile.memberSubject(MPS));
        byte[] tampered = request.clone();
        tampered[tampered.length - 1] ^= 0x01;

        assertRejected(() -> ca.issueSigningCertificate(tampered, MPS, YEAR), Reason.SIGNATURE_INVALID);
    }

    @Test
    void aSubjectOfAnotherMember() {
        byte[] request = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MOH));

        assertRejected(() -> ca.issueSigningCertificate(request, MPS, YEAR), Reason.SUBJECT_MISMATCH);
    }

    @Test
    void aMemberSubjectForAnAuthenticationCertificate() {
        byte[] request = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.memberSubject(MPS));

        assertRejected(() -> ca.issueAuthenticationCertificate(request, SS_MPS, YEAR), Reason.SUBJECT_MISMATCH);
    }

    @Test
    void aSubjectOfAnotherServer() {
        byte[] request = CertificationRequests.create(KeyAlgorithm.EC_P256.generate(),
                CertificateProfile.serverSubject(SS_MOH));

        assertRejected(() -> ca.issueAuthenticationCertificate(request, SS_MPS, YEAR), Reason.SUBJECT_MISMATCH);
    }

    @Test
    void anRsaKeyShorterThan2048Bits() throws Exception {
        byte[] request = CertificationRequests.create(Requests.rsa(1024), CertificateProfile.memberSubject(MPS));

        assertRejected(() -> ca.issueSigningCertificate(request, MPS, YEAR), Reason.WEAK_KEY);
    }

    @Test
    void anEcKeyOnACurveOutsideTheProfile() throws Exception {
        byte[] request = CertificationRequests.create(Requests.ec("secp521r1"),
                CertificateProfile.serverSubject(SS_MPS));

        assertRejected(() -> ca.issueAuthenticationCertificate(request, SS_MPS, YEAR), Reason.UNSUPPORTED_KEY);
    }

    @Test
    void anEdwardsCurveKey() throws Exception {
        byte[] request = Requests.selfSigned(Requests.ed25519(), "Ed25519", CertificateProfile.memberSubject(MPS));

        assertRejected(() -> ca.issueSigningCertificate(request, MPS, YEAR), Reason.UNSUPPORTED_KEY);
    }

    @Test
    void acceptsTheKeysTheProfileAllows() throws Exception {
        for (KeyPair keys : new KeyPair[] {Requests.rsa(2048), Requests.rsa(3072), Requests.ec("secp256r1"),
                Requests.ec("secp384r1")}) {
            assertThat(ca.issueSigningCertificate(CertificationRequests.create(keys,
                    CertificateProfile.memberSubject(MPS)), MPS, YEAR).getPublicKey()).isEqualTo(keys.getPublic());
        }
    }

    private static void assertRejected(ThrowingCallable issue, Reason reason) {
        int issuedBefore = ca.issuedCertificates().size();
        assertThatThrownBy(issue)
                .isInstanceOfSatisfying(CertificateRequestRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(ca.issuedCertificates()).hasSize(issuedBefore);
    }
}
