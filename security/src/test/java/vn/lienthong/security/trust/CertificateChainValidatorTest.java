package vn.lienthong.security.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.TestPki;

class CertificateChainValidatorTest {

    private final TestPki pki = TestPki.rsa();
    private final CertificateChainValidator validator =
            new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled());
    private final SigningCredential member = pki.member(TestPki.MEMBER_A);

    private CertificateValidationException.Reason refusal(CertificateChainValidator validator, List<X509Certificate> chain,
                                                          Instant at, CertificatePurpose purpose) {
        CertificateValidationException e = catchThrowableOfType(CertificateValidationException.class,
                () -> validator.validate(chain, at, purpose));
        assertThat(e).as("chain must be refused").isNotNull();
        return e.reason();
    }

    @Test
    void chainToAnApprovedRootIsValid() throws Exception {
        assertThat(validator.validate(member.chainList(), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .containsExactly(member.certificate(), pki.intermediate(), pki.root());
    }

    @Test
    void leafAloneIsCompletedWithAKnownIntermediate() throws Exception {
        assertThat(validator.validate(List.of(member.certificate()), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .containsExactly(member.certificate(), pki.intermediate(), pki.root());
    }

    @Test
    void leafAloneWithoutKnownIntermediateHasAnUnknownCa() {
        CertificateChainValidator rootsOnly = new CertificateChainValidator(
                TrustAnchors.ofRoots(pki.root()), RevocationChecking.disabled());

        assertThat(refusal(rootsOnly, List.of(member.certificate()), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .isEqualTo(CertificateValidationException.Reason.UNKNOWN_CA);
    }

    @Test
    void chainFromAnotherCaIsUnknown() {
        SigningCredential rogue = TestPki.rogue().member(TestPki.MEMBER_A);
        List<X509Certificate> withRoot = new ArrayList<>(rogue.chainList());
        withRoot.add(TestPki.rogue().root());

        assertThat(refusal(validator, withRoot, TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .isEqualTo(CertificateValidationException.Reason.UNKNOWN_CA);
    }

    @Test
    void expiredAndNotYetValidAreTold() {
        assertThat(refusal(validator, member.chainList(), TestPki.NOW.plus(Duration.ofDays(400)),
                CertificatePurpose.MESSAGE_SIGNING)).isEqualTo(CertificateValidationException.Reason.EXPIRED);
        assertThat(refusal(validator, member.chainList(), TestPki.NOW.minus(Duration.ofDays(31)),
                CertificatePurpose.MESSAGE_SIGNING)).isEqualTo(CertificateValidationException.Reason.NOT_YET_VALID);
    }

    @Test
    void aChainValidatedBeforeIsStillCheckedForDatesPurposeAndRevocation() throws Exception {
        List<String> revocationChecks = new ArrayList<>();
        CertificateChainValidator remembering = new CertificateChainValidator(pki.trustAnchors(),
                (path, at) -> revocationChecks.add(path.get(0).getSubjectX500Principal().getName()));
        remembering.validate(member.chainList(), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING);

        assertThat(remembering.validate(member.chainList(), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .containsExactly(member.certificate(), pki.intermediate(), pki.root());
        assertThat(revocationChecks).hasSize(2);
        assertThat(refusal(remembering, member.chainList(), TestPki.NOW.plus(Duration.ofDays(400)),
                CertificatePurpose.MESSAGE_SIGNING)).isEqualTo(CertificateValidationException.Reason.EXPIRED);
        assertThat(refusal(remembering, member.chainList(), TestPki.NOW, CertificatePurpose.TLS_SERVER))
                .isEqualTo(CertificateValidationException.Reason.WRONG_KEY_USAGE);
    }

    @Test
    void memberSigningCertificateIsNoTlsCertificate() {
        assertThat(refusal(validator, member.chainList(), TestPki.NOW, CertificatePurpose.TLS_SERVER))
                .isEqualTo(CertificateValidationException.Reason.WRONG_KEY_USAGE);
    }

    @Test
    void serverAuthenticationCertificateServesBothTlsSides() throws Exception {
        SigningCredential server = pki.server(TestPki.SERVER_A);

        validator.validate(server.chainList(), TestPki.NOW, CertificatePurpose.TLS_SERVER);
        validator.validate(server.chainList(), TestPki.NOW, CertificatePurpose.TLS_CLIENT);
    }

    @Test
    void caCertificateIsNoEndEntity() {
        assertThat(refusal(validator, List.of(pki.intermediate()), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .isEqualTo(CertificateValidationException.Reason.WRONG_KEY_USAGE);
    }

    @Test
    void revocationCheckerSeesTheFullPathAndCanRefuse() {
        List<List<X509Certificate>> seen = new ArrayList<>();
        CertificateChainValidator revoking = new CertificateChainValidator(pki.trustAnchors(), (path, at) -> {
            seen.add(path);
            throw new CertificateValidationException(CertificateValidationException.Reason.INVALID_CHAIN, "revoked");
        });

        assertThat(refusal(revoking, member.chainList(), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING))
                .isEqualTo(CertificateValidationException.Reason.INVALID_CHAIN);
        assertThat(seen).containsExactly(List.of(member.certificate(), pki.intermediate(), pki.root()));
    }

    @Test
    void trustAnchorsReadFromPemFiles(@TempDir Path directory) throws Exception {
        Path roots = Files.writeString(directory.resolve("roots.pem"), pem(pki.root()) + pem(TestPki.ec().root()));
        Path intermediates = Files.writeString(directory.resolve("intermediates.pem"), pem(pki.intermediate()));

        TrustAnchors anchors = TrustAnchors.fromPemFiles(List.of(roots), List.of(intermediates));

        assertThat(anchors.roots()).containsExactly(pki.root(), TestPki.ec().root());
        assertThat(anchors.intermediates()).containsExactly(pki.intermediate());
        new CertificateChainValidator(anchors, RevocationChecking.disabled())
                .validate(List.of(member.certificate()), TestPki.NOW, CertificatePurpose.MESSAGE_SIGNING);
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
