package vn.lienthong.routes.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.security.xml.DomSerializer;
import vn.lienthong.security.xml.NamespaceDeclarations;
import vn.lienthong.security.xml.SafeParsers;

/**
 * Parses and writes XML with the protections a gateway needs: no DOCTYPE (so no external entities and no
 * entity expansion), secure processing on. Factories are built once; parsers are reused per thread.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = SafeParsers.factory();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** Parses a message; malformed XML or a DOCTYPE becomes a fault with the given origin. */
    public static Document parse(byte[] xml, FaultOrigin origin) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                throw new BusFault(origin, ErrorCode.INVALID_XML,
                        "DOCTYPE declarations are not allowed (no DTDs, external entities or entity expansion)");
            }
            throw new BusFault(origin, ErrorCode.INVALID_XML, "malformed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + msg);
        } catch (SAXException | IOException e) {
            throw new BusFault(origin, ErrorCode.INVALID_XML, "malformed XML: " + e.getMessage());
        } finally {
            builder.reset();
        }
    }

    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /**
     * Adds the namespace declarations that elements created or imported in memory lack. XML canonicalisation
     * reads declarations, not DOM namespace fields, so a document must be fixed up before it is signed, or
     * its signature will not verify once it has been serialised and parsed again.
     */
    public static void declareNamespaces(Document document) {
        NamespaceDeclarations.addMissing(document);
    }

    /** The node as UTF-8 XML: a document with its XML declaration, any other node as a fragment. */
    public static byte[] write(Node node) {
        return DomSerializer.toBytes(node);
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
