package vn.lienthong.routes.provider.npd;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Shared set-up of the NPD provider tests: free ports, fresh databases, raw SOAP over java.net.http. */
final class NpdTestFixtures {

    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XRD = "http://x-road.eu/xsd/xroad.xsd";
    static final String NPD = "https://lienthong.gov.vn/npd/query/v1";

    /** The X-Road header fields of a request from the Hà Nội one-stop shop (VN/PROV/HANOI/ONESTOP), in protocol order. */
    static final String XROAD_HEADERS = """
            <xrd:client id:objectType="SUBSYSTEM">
              <id:xRoadInstance>VN</id:xRoadInstance>
              <id:memberClass>PROV</id:memberClass>
              <id:memberCode>HANOI</id:memberCode>
              <id:subsystemCode>ONESTOP</id:subsystemCode>
            </xrd:client>
            <xrd:service id:objectType="SERVICE">
              <id:xRoadInstance>VN</id:xRoadInstance>
              <id:memberClass>GOV</id:memberClass>
              <id:memberCode>MPS</id:memberCode>
              <id:subsystemCode>NPD</id:subsystemCode>
              <id:serviceCode>getCitizen</id:serviceCode>
              <id:serviceVersion>v1</id:serviceVersion>
            </xrd:service>
            <xrd:userId>079085001234</xrd:userId>
            <xrd:id>4f1c2d9e-7b1a-4c55-9a3e-2c0f5d6b8a10</xrd:id>
            <xrd:issue>HS-2025-000123</xrd:issue>
            <xrd:protocolVersion>4.0</xrd:protocolVersion>
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private NpdTestFixtures() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test mandates (src/test/resources/npd/test-mandates.xml): the one-stop shop may see the whole record for "full-record". */
    static vn.lienthong.routes.provider.npd.mandate.Mandates testMandates() {
        return vn.lienthong.routes.provider.npd.mandate.Mandates.fromUrl(
                NpdTestFixtures.class.getClassLoader().getResource("npd/test-mandates.xml"));
    }

    /** A new, empty in-memory H2 database. */
    static DataSource freshDatabase() {
        return vn.lienthong.routes.provider.npd.store.NpdDatabase.inMemory("npd-test-" + UUID.randomUUID());
    }

    static String getCitizenBody(String pin, String purpose) {
        return "<npd:getCitizen><npd:personalIdentificationNumber>" + pin + "</npd:personalIdentificationNumber>"
                + "<npd:purpose>" + purpose + "</npd:purpose></npd:getCitizen>";
    }

    static String envelope(String headers, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\" xmlns:xrd=\"" + XRD + "\""
                + " xmlns:id=\"http://x-road.eu/xsd/identifiers\" xmlns:npd=\"" + NPD + "\">"
                + "<soapenv:Header>" + headers + "</soapenv:Header>"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    static HttpRequest soapPost(String url, String envelope) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpClient http() {
        return HTTP;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static Element soapPart(Document envelope, String localName) {
        return children(envelope.getDocumentElement()).stream()
                .filter(e -> SOAP11.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no soapenv:" + localName));
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
