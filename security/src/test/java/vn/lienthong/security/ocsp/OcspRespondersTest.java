package vn.lienthong.security.ocsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.security.testpki.TestPki;

class OcspRespondersTest {

    private static final URI RESPONDER = URI.create("http://127.0.0.1:9/ocsp");
    private final TestPki pki = TestPki.rsa();

    @Test
    void aCertificateNamingAResponderInItsAiaIsKnown() throws Exception {
        OcspResponders responders = new OcspResponders(Map.of());

        assertThat(responders.knows(pki.memberWithOcsp(TestPki.MEMBER_A, RESPONDER).certificate())).isTrue();
        assertThat(responders.responderFor(pki.memberWithOcsp(TestPki.MEMBER_A, RESPONDER).certificate()))
                .isEqualTo(RESPONDER);
    }

    @Test
    void aCertificateWithoutAiaIsKnownOnlyThroughAnOverrideForItsIssuer() {
        assertThat(new OcspResponders(Map.of()).knows(pki.intermediate())).isFalse();
        assertThat(new OcspResponders(Map.of()).knows(pki.member(TestPki.MEMBER_B).certificate())).isFalse();

        OcspResponders configured = new OcspResponders(Map.of(pki.root().getSubjectX500Principal(), RESPONDER));
        assertThat(configured.knows(pki.intermediate())).isTrue();
        assertThat(configured.knows(pki.member(TestPki.MEMBER_B).certificate())).as("its issuer is the intermediate").isFalse();
    }
}
