package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.apache.wss4j.common.crypto.CryptoBase;
import org.junit.jupiter.api.Test;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.TestPki;

class ParsedCertificatePathsTest {

    private final SigningCredential member = TestPki.rsa().member(TestPki.MEMBER_A);
    private final SigningCredential other = TestPki.rsa().member(TestPki.MEMBER_B);

    @Test
    void parsingThroughTheCryptoGivesTheSamePathAsParsingAfresh() throws Exception {
        byte[] encoded = CredentialCrypto.withoutKey().getBytesFromCertificates(member.chain());
        X509Certificate[] first = CredentialCrypto.withoutKey().getCertificatesFromBytes(encoded);
        X509Certificate[] again = CredentialCrypto.withoutKey().getCertificatesFromBytes(encoded.clone());
        X509Certificate[] fresh = new PlainCrypto().getCertificatesFromBytes(encoded);

        assertThat(first).containsExactly(fresh);
        assertThat(again).containsExactly(fresh);
        assertThat(encoded).isEqualTo(new PlainCrypto().getBytesFromCertificates(member.chain()));
    }

    @Test
    void onlyTheVeryBytesHit() throws Exception {
        ParsedCertificatePaths paths = new ParsedCertificatePaths();
        byte[] encoded = new PlainCrypto().getBytesFromCertificates(member.chain());
        paths.put(encoded, member.chain());

        byte[] altered = encoded.clone();
        altered[altered.length - 1] ^= 1;
        assertThat(paths.get(altered)).isNull();
        assertThat(paths.get(new PlainCrypto().getBytesFromCertificates(other.chain()))).isNull();
        assertThat(paths.get(encoded.clone())).containsExactly(member.chain());
    }

    @Test
    void changingWhatWasPutOrReturnedDoesNotChangeWhatIsKept() throws Exception {
        ParsedCertificatePaths paths = new ParsedCertificatePaths();
        byte[] encoded = new PlainCrypto().getBytesFromCertificates(member.chain());
        byte[] original = encoded.clone();
        X509Certificate[] chain = member.chain().clone();
        paths.put(encoded, chain);
        paths.putEncoding(chain, encoded);

        encoded[0] ^= 1;
        chain[0] = other.certificate();
        paths.get(original)[0] = other.certificate();
        paths.encoding(member.chain())[1] ^= 1;

        assertThat(paths.get(original)).containsExactly(member.chain());
        assertThat(paths.encoding(member.chain())).isEqualTo(original);
        assertThat(paths.get(encoded)).isNull();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() throws Exception {
        ParsedCertificatePaths paths = new ParsedCertificatePaths();
        byte[] first = {1};
        paths.put(first, member.chain());
        for (int i = 0; i < 300; i++) {
            paths.put(new byte[] {2, (byte) i, (byte) (i >> 8)}, member.chain());
        }
        assertThat(paths.get(first)).isNull();
        assertThat(paths.size()).isEqualTo(256);
        assertThat(Arrays.asList(paths.get(new byte[] {2, (byte) 299, 1}))).containsExactly(member.chain());
    }

    /** WSS4J's own parsing and encoding, for comparison. */
    private static final class PlainCrypto extends CryptoBase {
        @Override
        public X509Certificate[] getX509Certificates(org.apache.wss4j.common.crypto.CryptoType type) {
            return null;
        }

        @Override
        public String getX509Identifier(X509Certificate cert) {
            return null;
        }

        @Override
        public java.security.PrivateKey getPrivateKey(X509Certificate certificate,
                                                      javax.security.auth.callback.CallbackHandler handler) {
            return null;
        }

        @Override
        public java.security.PrivateKey getPrivateKey(java.security.PublicKey key,
                                                      javax.security.auth.callback.CallbackHandler handler) {
            return null;
        }

        @Override
        public java.security.PrivateKey getPrivateKey(String identifier, String password) {
            return null;
        }

        @Override
        public void verifyTrust(X509Certificate[] certs, boolean revocation,
                                java.util.Collection<java.util.regex.Pattern> subject,
                                java.util.Collection<java.util.regex.Pattern> issuer) {
        }

        @Override
        public void verifyTrust(java.security.PublicKey key) {
        }
    }
}
