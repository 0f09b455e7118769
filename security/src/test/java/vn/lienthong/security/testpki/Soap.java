package vn.lienthong.security.testpki;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/** Test SOAP envelopes in both SOAP versions, and DOM (de)serialisation as a transport would do it. */
public final class Soap {

    public static final String XROAD_NS = "http://x-road.eu/xsd/xroad.xsd";
    public static final QName CLIENT = new QName(XROAD_NS, "client");
    public static final QName SERVICE = new QName(XROAD_NS, "service");
    public static final QName ID = new QName(XROAD_NS, "id");
    public static final String PERSON_CODE = "079203004567";

    /** The SOAP versions under test. */
    public enum Version {
        SOAP11("http://schemas.xmlsoap.org/soap/envelope/"),
        SOAP12("http://www.w3.org/2003/05/soap-envelope");

        private final String namespace;

        Version(String namespace) {
            this.namespace = namespace;
        }

        public String namespace() {
            return namespace;
        }
    }

    private Soap() {
    }

    /** A request with client, service and id headers and a body naming a citizen's personal code. */
    public static Document request(Version version) {
        return parse("""
                <soap:Envelope xmlns:soap="%s" xmlns:xrd="%s">
                  <soap:Header>
                    <xrd:client>VN/GOV/MPS/traffic</xrd:client>
                    <xrd:service>VN/GOV/MOH/registry/getPerson/v1</xrd:service>
                    <xrd:id>4894e35d-bf0f-44a6-867a-8e51f1daa7e0</xrd:id>
                  </soap:Header>
                  <soap:Body>
                    <m:getPerson xmlns:m="urn:vn:gov:moh:registry"><m:personCode>%s</m:personCode></m:getPerson>
                  </soap:Body>
                </soap:Envelope>""".formatted(version.namespace(), XROAD_NS, PERSON_CODE));
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String serialize(Document document) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the receiving side sees: the document serialised and parsed again. */
    public static Document overTheWire(Document document) {
        return parse(serialize(document));
    }
}
