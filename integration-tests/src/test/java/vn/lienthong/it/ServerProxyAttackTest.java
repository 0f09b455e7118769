package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.it.Faults.assertFault;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MOJ;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_HANOI;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.VPCP;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.trust.TrustAnchors;

/**
 * What a dishonest or broken security server might send to the NPD's server proxy: every case is refused
 * with its precise fault, and an honest message still passes afterwards.
 */
class ServerProxyAttackTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path otherCa;
    static FederationFixture fixture;
    static TrustAnchors anchors;
    static URI npdServerProxy;
    static String npdHash;
    static X509Certificate mpsCertificate;

    @BeforeAll
    static void start() {
        fixture = FederationFixture.start(folder);
        anchors = TrustAnchors.of(java.util.List.of(pemCert(fixture.pki.rootCertificatePem())),
                java.util.List.of(pemCert(fixture.pki.intermediateCertificatePem())));
        npdServerProxy = URI.create("https://127.0.0.1:" + fixture.workspace.ports().npdServerProxy() + "/");
        npdHash = fixture.pki.authCertificateSha256Hex(SS_MPS);
        mpsCertificate = fixture.pki.memberCertificate(MPS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static X509Certificate pemCert(Path pem) {
        try {
            return vn.lienthong.certs.pem.Pem.read(pem);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static SigningCredential memberKey(vn.lienthong.conf.identifier.MemberId member) throws Exception {
        return SigningCredential.fromPkcs12(fixture.pki.memberKeystore(member), fixture.pki.readPassword(), "signing");
    }

    static SigningCredential serverKey(SecurityServerId server) throws Exception {
        return SigningCredential.fromPkcs12(fixture.pki.serverKeystore(server), fixture.pki.readPassword(), "auth");
    }

    static RogueSecurityServer as(SecurityServerId server) throws Exception {
        return new RogueSecurityServer(serverKey(server), anchors, npdHash, npdServerProxy);
    }

    static String portalRequest() {
        return XRoadRequest.from(PORTAL, GET_CITIZEN).body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test")).toXml();
    }

    static Document honest(Clock clock) throws Exception {
        return RogueSecurityServer.protect(RogueSecurityServer.withRequestHash(portalRequest()), memberKey(VPCP),
                mpsCertificate, clock);
    }

    @Test
    void anHonestMessagePasses() throws Exception {
        SoapHttp.Answer answer = as(SS_VPCP).send(RogueSecurityServer.bytes(honest(Clock.systemUTC())));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("EncryptedData").contains("requestHash");
    }

    @Test
    void plainSoapWithoutSecurityHeader() throws Exception {
        Document plain = RogueSecurityServer.withRequestHash(portalRequest());
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(plain)), "Server.ServerProxy.MissingSecurityHeader");
    }

    @Test
    void signedHeaderChangedAfterSigning() throws Exception {
        Document doc = honest(Clock.systemUTC());
        Element userId = (Element) doc.getElementsByTagNameNS("http://x-road.eu/xsd/xroad.xsd", "userId").item(0);
        userId.setTextContent("someone-else");
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(doc)), "Server.ServerProxy.InvalidSignatureValue");
    }

    @Test
    void signedByAnotherMemberThanTheClient() throws Exception {
        Document doc = RogueSecurityServer.protect(RogueSecurityServer.withRequestHash(portalRequest()), memberKey(MOJ),
                mpsCertificate, Clock.systemUTC());
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(doc)), "Server.ServerProxy.SignerMismatch");
    }

    @Test
    void signedElementMovedAndReplaced() throws Exception {
        Document doc = honest(Clock.systemUTC());
        Element header = (Element) doc.getElementsByTagNameNS("*", "Header").item(0);
        Element client = (Element) doc.getElementsByTagNameNS("http://x-road.eu/xsd/xroad.xsd", "client").item(0);
        Element wrapper = doc.createElementNS("urn:attacker", "a:Wrapper");
        header.insertBefore(wrapper, client);
        wrapper.appendChild(client);
        Element forged = (Element) client.cloneNode(true);
        forged.removeAttributeNS("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd", "Id");
        forged.getElementsByTagNameNS("http://x-road.eu/xsd/identifiers", "subsystemCode").item(0).setTextContent("HR");
        header.insertBefore(forged, wrapper);
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(doc)), "Server.ServerProxy.UnsignedElement");
    }

    @Test
    void replayedMessage() throws Exception {
        byte[] once = RogueSecurityServer.bytes(honest(Clock.systemUTC()));
        RogueSecurityServer rogue = as(SS_VPCP);
        assertThat(rogue.send(once).status()).isEqualTo(200);
        assertFault(rogue.send(once), "Server.ServerProxy.ReplayedMessage");
    }

    @Test
    void staleTimestamp() throws Exception {
        Clock tenMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(honest(tenMinutesAgo))), "Server.ServerProxy.StaleTimestamp");
    }

    @Test
    void signingCertificateFromAnUnknownCa() throws Exception {
        char[] password = "another-ca-password".toCharArray();
        CertificateAuthority stranger = CertificateAuthority.init(otherCa, "Stranger", KeyAlgorithm.RSA_2048, password);
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();
        X509Certificate cert = stranger.issueSigningCertificate(
                CertificationRequests.create(keys, CertificateProfile.memberSubject(VPCP)), VPCP, Duration.ofDays(30));
        SigningCredential impostor = new SigningCredential(keys.getPrivate(),
                new X509Certificate[] {cert, stranger.intermediate(), stranger.root()});
        Document doc = RogueSecurityServer.protect(RogueSecurityServer.withRequestHash(portalRequest()), impostor,
                mpsCertificate, Clock.systemUTC());
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(doc)), "Server.ServerProxy.UntrustedCertificate");
    }

    @Test
    void tlsPeerWithACaCertificateThatIsNotRegistered() throws Exception {
        CertificateAuthority demoCa = CertificateAuthority.open(fixture.pki.caDirectory(), fixture.pki.readPassword());
        SecurityServerId rogueId = new SecurityServerId(VPCP, "SS-ROGUE");
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();
        X509Certificate cert = demoCa.issueAuthenticationCertificate(
                CertificationRequests.create(keys, CertificateProfile.serverSubject(rogueId)), rogueId, Duration.ofDays(30));
        SigningCredential tls = new SigningCredential(keys.getPrivate(),
                new X509Certificate[] {cert, demoCa.intermediate(), demoCa.root()});
        RogueSecurityServer rogue = new RogueSecurityServer(tls, anchors, npdHash, npdServerProxy);
        assertFault(rogue.send(RogueSecurityServer.bytes(honest(Clock.systemUTC()))),
                "Server.ServerProxy.SslAuthenticationFailed");
    }

    @Test
    void registeredServerThatDoesNotServeTheClient() throws Exception {
        assertFault(as(SS_HANOI).send(RogueSecurityServer.bytes(honest(Clock.systemUTC()))),
                "Server.ServerProxy.SslAuthenticationFailed");
    }

    @Test
    void tlsPeerFromAnUnknownCaCannotEvenConnect() throws Exception {
        char[] password = "yet-another".toCharArray();
        Path dir = otherCa.resolve("tls");
        CertificateAuthority stranger = CertificateAuthority.init(dir, "Stranger TLS", KeyAlgorithm.RSA_2048, password);
        KeyPair keys = KeyAlgorithm.RSA_2048.generate();
        X509Certificate cert = stranger.issueAuthenticationCertificate(
                CertificationRequests.create(keys, CertificateProfile.serverSubject(SS_VPCP)), SS_VPCP, Duration.ofDays(30));
        SigningCredential tls = new SigningCredential(keys.getPrivate(),
                new X509Certificate[] {cert, stranger.intermediate(), stranger.root()});
        RogueSecurityServer rogue = new RogueSecurityServer(tls, anchors, npdHash, npdServerProxy);
        assertThatThrownBy(() -> rogue.send(RogueSecurityServer.bytes(honest(Clock.systemUTC()))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void samlAssertionInTheSecurityHeader() throws Exception {
        Document doc = honest(Clock.systemUTC());
        Element security = (Element) doc.getElementsByTagNameNS(
                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Security").item(0);
        Element assertion = doc.createElementNS("urn:oasis:names:tc:SAML:2.0:assertion", "saml2:Assertion");
        assertion.setAttribute("ID", "_a1");
        assertion.setAttribute("Version", "2.0");
        assertion.setAttribute("IssueInstant", Instant.now().toString());
        security.insertBefore(assertion, security.getFirstChild());
        assertFault(as(SS_VPCP).send(RogueSecurityServer.bytes(doc)), "Server.ServerProxy.UnsupportedSecurityToken");
        assertThat(as(SS_VPCP).send(RogueSecurityServer.bytes(honest(Clock.systemUTC()))).status()).isEqualTo(200);
    }
}
