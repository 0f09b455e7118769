package vn.lienthong.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.tls.TlsContexts;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.trust.TrustAnchors;
import vn.lienthong.security.wss.MessageProtector;

/**
 * Plays a (possibly dishonest) consumer security server: builds protected messages with the security
 * library, lets a test tamper with them, and delivers them over mutual TLS straight to a server proxy.
 */
final class RogueSecurityServer {

    static final List<QName> SIGNED_HEADERS = List.of(
            new QName("http://x-road.eu/xsd/xroad.xsd", "client"), new QName("http://x-road.eu/xsd/xroad.xsd", "service"),
            new QName("http://x-road.eu/xsd/xroad.xsd", "id"), new QName("http://x-road.eu/xsd/xroad.xsd", "userId"),
            new QName("http://x-road.eu/xsd/xroad.xsd", "protocolVersion"),
            new QName("https://lienthong.gov.vn/xsd/transport/v1", "requestHash"));

    private final HttpClient http;
    private final URI serverProxy;

    RogueSecurityServer(SigningCredential tlsKey, TrustAnchors anchors, String targetHash, URI serverProxy) {
        CertificateChainValidator validator = new CertificateChainValidator(anchors, RevocationChecking.disabled());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.clientContext(tlsKey, validator, Clock.systemUTC(), Set.of(targetHash)))
                .sslParameters(TlsContexts.clientParameters()).build();
        this.serverProxy = serverProxy;
    }

    /** The request an honest client proxy would have made of this plain X-Road SOAP, before protection. */
    static Document withRequestHash(String plainSoap) throws Exception {
        Document doc = parse(plainSoap);
        var hash = doc.createElementNS("https://lienthong.gov.vn/xsd/transport/v1", "lt:requestHash");
        hash.setTextContent("cmVxdWVzdA==");
        doc.getDocumentElement().getElementsByTagNameNS("*", "Header").item(0).appendChild(hash);
        return doc;
    }

    static Document protect(Document doc, SigningCredential signer, java.security.cert.X509Certificate recipient,
            Clock clock) {
        doc.normalizeDocument();
        return new MessageProtector(clock, Duration.ofSeconds(300)).protect(doc, signer, recipient, SIGNED_HEADERS);
    }

    SoapHttp.Answer send(byte[] body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(serverProxy).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new SoapHttp.Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1_000_000);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] bytes(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
