package vn.lienthong.messagelog.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.messagelog.testing.SignedEnvelopes;
import vn.lienthong.messagelog.testing.TestPki;

class XmlSignatureVerifierTest {

    private static final TestPki PKI = new TestPki("Signature Test");
    private final XmlSignatureVerifier verifier = new XmlSignatureVerifier();
    private final byte[] signed = SignedEnvelopes.signed("q-1", "payload 035199000123", PKI.signerKey, List.of(PKI.signer), TestPki.NOW);

    @Test
    void aWsSecuritySignatureVerifiesWithTheReferencedToken() {
        assertThat(verifier.verify(signed)).isInstanceOfSatisfying(SignatureCheck.Valid.class,
                v -> assertThat(v.signer()).isEqualTo(PKI.signer));
    }

    @Test
    void anAlteredBodyIsInvalid() {
        String xml = new String(signed, StandardCharsets.UTF_8).replace("035199000123", "035199000124");

        assertThat(verifier.verify(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SignatureCheck.Invalid.class);
    }

    @Test
    void aMessageWithoutSignatureIsUnsigned() {
        byte[] plain = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(plain)).isInstanceOf(SignatureCheck.Unsigned.class);
    }
}
