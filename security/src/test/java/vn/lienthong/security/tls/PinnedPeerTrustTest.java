package vn.lienthong.security.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.util.HexFormat;
import java.util.Set;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;

class PinnedPeerTrustTest {

    private final TestPki pki = TestPki.rsa();
    private final CertificateChainValidator validator =
            new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled());
    private final MutableClock clock = MutableClock.atTestNow();
    private final SigningCredential registeredPeer = pki.server(TestPki.SERVER_B);
    private final SigningCredential otherServer = pki.server(TestPki.SERVER_A);
    private final X509ExtendedTrustManager pinned = TlsContexts.pinnedPeerTrustManager(validator, clock,
            Set.of(CertificateHashes.sha256Hex(registeredPeer.certificate())));

    @Test
    void registeredPeerIsAccepted() {
        assertThatCode(() -> pinned.checkServerTrusted(registeredPeer.chain(), "ECDHE_RSA")).doesNotThrowAnyException();
    }

    @Test
    void caValidButUnregisteredPeerIsRefused() {
        assertThatThrownBy(() -> pinned.checkServerTrusted(otherServer.chain(), "ECDHE_RSA"))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("not a registered authentication certificate");
    }

    @Test
    void registeredHashDoesNotHelpAChainFromAnUnknownCa() {
        SigningCredential rogue = TestPki.rogue().server(TestPki.SERVER_B);
        X509ExtendedTrustManager pinnedToRogue = TlsContexts.pinnedPeerTrustManager(validator, clock,
                Set.of(CertificateHashes.sha256Hex(rogue.certificate())));

        assertThatThrownBy(() -> pinnedToRogue.checkServerTrusted(rogue.chain(), "ECDHE_RSA"))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("UNKNOWN_CA");
    }

    @Test
    void serverSideAcceptsAnyCaValidAuthenticationCertificateButNoSigningCertificate() {
        X509ExtendedTrustManager server = TlsContexts.approvedCaTrustManager(validator, clock);

        assertThatCode(() -> server.checkClientTrusted(otherServer.chain(), "RSA")).doesNotThrowAnyException();
        assertThatThrownBy(() -> server.checkClientTrusted(pki.member(TestPki.MEMBER_A).chain(), "RSA"))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("WRONG_KEY_USAGE");
        assertThat(server.getAcceptedIssuers()).containsExactly(pki.root());
    }

    @Test
    void certificateHashIsLowercaseSha256OfTheDer() throws Exception {
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(registeredPeer.certificate().getEncoded()));

        assertThat(CertificateHashes.sha256Hex(registeredPeer.certificate()))
                .isEqualTo(expected).hasSize(64).isLowerCase();
    }
}
