package vn.lienthong.wsdl;

import java.net.URL;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * Where the published contracts live on the class path (Circular 13/2017/TT-BTTTT Art. 18-20:
 * the schemas and WSDL are published), for the metadata service's getWsdl and for endpoints that
 * serve or validate them.
 */
public final class Contracts {

    /** Namespace of the X-Road message protocol 4.0 header fields. */
    public static final String XROAD_NAMESPACE = "http://x-road.eu/xsd/xroad.xsd";
    /** Namespace of the X-Road identifier types. */
    public static final String IDENTIFIERS_NAMESPACE = "http://x-road.eu/xsd/identifiers";
    /** Target namespace of the NPD query WSDL and of its message schema. */
    public static final String NPD_QUERY_NAMESPACE = "https://lienthong.gov.vn/npd/query/v1";

    /** Class-path resource names, usable as {@code classpath:} URIs. */
    public static final String NPD_QUERY_WSDL_RESOURCE = "wsdl/npd/npd-query.wsdl";
    public static final String NPD_QUERY_SCHEMA_RESOURCE = "wsdl/npd/npd-query.xsd";
    public static final String XROAD_SCHEMA_RESOURCE = "wsdl/xroad.xsd";
    public static final String IDENTIFIERS_SCHEMA_RESOURCE = "wsdl/identifiers.xsd";

    public static final QName NPD_QUERY_SERVICE = new QName(NPD_QUERY_NAMESPACE, "NpdQueryService");
    public static final QName NPD_QUERY_PORT = new QName(NPD_QUERY_NAMESPACE, "NpdQueryPort");

    private Contracts() {
    }

    public static URL npdQueryWsdl() {
        return resource(NPD_QUERY_WSDL_RESOURCE);
    }

    public static URL npdQuerySchema() {
        return resource(NPD_QUERY_SCHEMA_RESOURCE);
    }

    public static URL xroadSchema() {
        return resource(XROAD_SCHEMA_RESOURCE);
    }

    public static URL identifiersSchema() {
        return resource(IDENTIFIERS_SCHEMA_RESOURCE);
    }

    /**
     * One compiled schema for the NPD query messages and the X-Road header fields, to validate a
     * body element or a header element on its own. Imports resolve only to files inside this
     * module (file or jar), never to the network.
     */
    public static Schema npdQueryMessageSchema() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(new Source[] {source(xroadSchema()), source(npdQuerySchema())});
        } catch (SAXException e) {
            throw new IllegalStateException("the packaged NPD query schemas do not compile", e);
        }
    }

    private static Source source(URL url) {
        return new StreamSource(url.toExternalForm());
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(Contracts.class.getClassLoader().getResource(name),
                () -> "contract missing from the class path: " + name);
    }
}
