package vn.lienthong.certs.csr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.testing.Identities;
import vn.lienthong.certs.testing.Requests;
import vn.lienthong.conf.profile.CertificateProfile;

class CertificationRequestsTest {

    private static final X500Principal SUBJECT = CertificateProfile.memberSubject(Identities.MPS);

    @Test
    void rsaRequestIsSignedWithSha256WithRsa() throws Exception {
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();

        PKCS10CertificationRequest request = new PKCS10CertificationRequest(CertificationRequests.create(keys, SUBJECT));

        assertThat(request.getSignatureAlgorithm().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption);
        assertCarriesKeyAndSubject(request, keys);
    }

    @Test
    void ecRequestIsSignedWithSha256WithEcdsa() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();

        PKCS10CertificationRequest request = new PKCS10CertificationRequest(CertificationRequests.create(keys, SUBJECT));

        assertThat(request.getSignatureAlgorithm().getAlgorithm()).isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256);
        assertCarriesKeyAndSubject(request, keys);
    }

    @Test
    void refusesKeyTypesOutsideTheProfile() throws Exception {
        KeyPair keys = Requests.ed25519();

        assertThatThrownBy(() -> CertificationRequests.create(keys, SUBJECT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCarriesKeyAndSubject(PKCS10CertificationRequest request, KeyPair keys) throws Exception {
        assertThat(request.getSubjectPublicKeyInfo().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        assertThat(new X500Principal(request.getSubject().getEncoded())).isEqualTo(SUBJECT);
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(keys.getPublic()))).isTrue();
    }
}
