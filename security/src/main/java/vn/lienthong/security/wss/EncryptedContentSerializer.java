package vn.lienthong.security.wss;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xml.security.encryption.Serializer;
import org.apache.xml.security.encryption.XMLEncryptionException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.lienthong.security.xml.DomSerializer;
import vn.lienthong.security.xml.SafeParsers;

/**
 * Turns the Body content into the bytes XML Encryption encrypts, and the decrypted bytes back into nodes of
 * the envelope. Santuario's own serializer does both on every message at a cost the bus need not pay: it
 * builds a canonicaliser to write the content, parses the decrypted bytes into a deferred DOM and then copies
 * every node into the envelope.
 *
 * <p>Writing: {@link DomSerializer}, which declares every namespace a written element or attribute uses, so
 * the bytes mean the same wherever they are parsed. Reading: the bytes are parsed inside a wrapper element that
 * declares the namespaces in scope where the EncryptedData stood (as Santuario does), by a parser that refuses
 * DOCTYPE declarations (so no entities of any kind), and the parsed nodes are moved into the envelope, not
 * copied. Thread-safe: one instance serves every message; parsers are kept per thread.
 */
final class EncryptedContentSerializer implements Serializer {

    static final EncryptedContentSerializer INSTANCE = new EncryptedContentSerializer();

    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
    private static final DocumentBuilderFactory FACTORY = SafeParsers.factory();
    /** Malformed content fails the decryption; nothing is printed to standard error on the way. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop the parse
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(EncryptedContentSerializer::newBuilder);

    private EncryptedContentSerializer() {
    }

    @Override
    public byte[] serializeToByteArray(Element element) {
        return DomSerializer.toBytes(element);
    }

    @Override
    public byte[] serializeToByteArray(NodeList content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        for (int i = 0; i < content.getLength(); i++) {
            out.writeBytes(DomSerializer.toBytes(content.item(i)));
        }
        return out.toByteArray();
    }

    /** The decrypted {@code source} as a fragment of {@code context}'s document, namespaces resolved at {@code context}. */
    @Override
    public Node deserialize(byte[] source, Node context) throws XMLEncryptionException {
        Document target = context.getNodeType() == Node.DOCUMENT_NODE ? (Document) context : context.getOwnerDocument();
        DocumentBuilder builder = BUILDERS.get();
        builder.setErrorHandler(RETHROW); // reset() below drops it
        try {
            Element wrapper = builder.parse(new ByteArrayInputStream(wrapped(source, context))).getDocumentElement();
            Node moved = target.adoptNode(wrapper);
            if (moved == null) {
                // the envelope was built by another DOM implementation, which cannot take nodes over: copy them
                moved = target.importNode(wrapper, true);
            }
            DocumentFragment fragment = target.createDocumentFragment();
            for (Node child = moved.getFirstChild(); child != null; child = moved.getFirstChild()) {
                fragment.appendChild(child);
            }
            return fragment;
        } catch (SAXException | IOException e) {
            throw new XMLEncryptionException(e);
        } finally {
            builder.reset();
        }
    }

    /** {@code <w xmlns:..="..">source</w>}, declaring each prefix in scope at {@code context} (the nearest declaration wins). */
    private static byte[] wrapped(byte[] source, Node context) {
        StringBuilder start = new StringBuilder(256).append("<w");
        Set<String> declared = new HashSet<>();
        for (Node node = context; node != null && node.getNodeType() == Node.ELEMENT_NODE; node = node.getParentNode()) {
            NamedNodeMap attributes = node.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                if (isDeclaration(attribute) && declared.add(attribute.getNodeName())) {
                    start.append(' ').append(attribute.getNodeName()).append("=\"");
                    escape(attribute.getNodeValue(), start);
                    start.append('"');
                }
            }
        }
        byte[] head = start.append('>').toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</w>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + source.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(source, 0, all, head.length, source.length);
        System.arraycopy(tail, 0, all, head.length + source.length, tail.length);
        return all;
    }

    /** A namespace declaration, whether built namespace-aware or as a plain attribute. */
    private static boolean isDeclaration(Node attribute) {
        String name = attribute.getNodeName();
        return XMLNS_NS.equals(attribute.getNamespaceURI()) || "xmlns".equals(name) || name.startsWith("xmlns:");
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot create an XML parser", e);
        }
    }
}
