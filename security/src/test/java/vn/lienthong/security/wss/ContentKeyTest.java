package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.TestPki;

/** The one-message content key: its bytes, and that the encryptor wipes it after use, whatever happens. */
class ContentKeyTest {

    @BeforeAll
    static void initialiseWss4j() {
        WSSConfig.init();
    }

    @Test
    void isAFreshAes256KeyHandedOutAsACopy() {
        ContentKey key = ContentKey.generate();

        assertThat(key.getAlgorithm()).isEqualTo("AES");
        assertThat(key.getFormat()).isEqualTo("RAW");
        byte[] encoded = key.getEncoded();
        assertThat(encoded).hasSize(32);
        encoded[0] ^= 1;
        assertThat(key.getEncoded()).as("changing a copy leaves the key as it was").isNotEqualTo(encoded);
        assertThat(ContentKey.generate().getEncoded()).isNotEqualTo(key.getEncoded());
    }

    @Test
    void destroyingRefusesFurtherUse() {
        ContentKey key = ContentKey.generate();

        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(key::getEncoded).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("destroyed");
        assertThat(key).hasToString("AES-256 content key (destroyed)");
    }

    @ParameterizedTest(name = "{0} recipient")
    @EnumSource(TestPki.Algorithm.class)
    void theEncryptorWipesTheKeyOnceTheBodyIsEncrypted(TestPki.Algorithm algorithm) throws Exception {
        X509Certificate recipient = TestPki.of(algorithm).member(TestPki.MEMBER_B).certificate();
        Document document = request();
        ContentKey key = ContentKey.generate();

        new BodyEncryptor().encrypt(securityHeader(document), SoapEnvelope.of(document), recipient, key);

        assertThat(key.isDestroyed()).isTrue();
        Element body = SoapEnvelope.of(document).body();
        assertThat(body.getElementsByTagNameNS(WSConstants.ENC_NS, "EncryptedData").getLength()).isEqualTo(1);
        assertThat(body.getTextContent()).doesNotContain("001099012345");
    }

    @Test
    void aFailedEncryptionWipesTheKeyToo() throws Exception {
        Document document = request();
        ContentKey key = ContentKey.generate();

        assertThatThrownBy(() -> new BodyEncryptor().encrypt(securityHeader(document), SoapEnvelope.of(document),
                ed25519Certificate(), key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported recipient key algorithm");
        assertThat(key.isDestroyed()).isTrue();
    }

    private static Document request() {
        return Soap.parse("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
                  <soap:Header/>
                  <soap:Body><npd:getCitizen xmlns:npd="https://lienthong.gov.vn/npd/v1"><npd:pin>001099012345</npd:pin></npd:getCitizen></soap:Body>
                </soap:Envelope>""");
    }

    private static WSSecHeader securityHeader(Document document) throws Exception {
        WSSecHeader header = new WSSecHeader(document);
        header.insertSecurityHeader();
        return header;
    }

    private static X509Certificate ed25519Certificate() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        X500Name name = new X500Name("CN=not an encryption key");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate())));
    }
}
