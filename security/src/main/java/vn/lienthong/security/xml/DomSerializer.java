package vn.lienthong.security.xml;

import java.util.Arrays;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM tree as UTF-8 XML, on the message path, several times per message: a plain tree walk
 * several times cheaper than the JDK's identity {@code Transformer} (which builds a transformer, a SAX
 * pipeline and a serializer per call; it was a tenth of a security server's CPU), encoding each character
 * once as it is written ({@link Utf8Buffer}).
 *
 * <p>Namespaces are fixed up as they are written: an element or attribute whose prefix is not bound to its
 * namespace at that point gets the declaration it needs, so a tree built or imported in memory comes out
 * well-formed. Text keeps every character that a parser would otherwise normalise: {@code CR} in text and
 * {@code TAB}, {@code LF}, {@code CR} in attribute values are written as character references, so what
 * was signed is what is read back.
 */
public final class DomSerializer {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static final Node[] NO_MARKS = new Node[0];

    private final Utf8Buffer out = new Utf8Buffer(16384);
    /** Prefix ("" for the default namespace) to namespace, one frame per open element. */
    private final NamespaceScopes scopes;
    private int generatedPrefixes;
    /** Elements whose content's place in the output is noted ({@link #toBytesMarking}), and those places. */
    private Node[] marked = NO_MARKS;
    private ElementContent[] contents;

    private DomSerializer() {
        this(new NamespaceScopes());
    }

    private DomSerializer(NamespaceScopes scopes) {
        this.scopes = scopes;
    }

    /** A document with an XML declaration; any other node as a fragment, without one. */
    public static byte[] toBytes(Node node) {
        return toBytes(node, new DomSerializer());
    }

    /**
     * A document with its XML declaration, as {@link #toBytes} writes it, and where in those bytes the content of
     * each of {@code marked} lies (an element of the document written as {@code <e/>} has no content to mark).
     */
    public static WrittenDocument toBytesMarking(Document document, Element... marked) {
        DomSerializer writer = new DomSerializer();
        writer.marked = marked.clone();
        writer.contents = new ElementContent[marked.length];
        byte[] bytes = toBytes(document, writer);
        return new WrittenDocument(bytes, Arrays.stream(writer.contents).map(Optional::ofNullable).toList());
    }

    /** Writes {@code node} as it would be written where {@code inScope} are the namespace bindings in force. */
    static byte[] toBytes(Node node, NamespaceScopes inScope) {
        return toBytes(node, new DomSerializer(inScope.snapshot()));
    }

    private static byte[] toBytes(Node node, DomSerializer writer) {
        if (node.getNodeType() == Node.DOCUMENT_NODE) {
            writer.out.append(DECLARATION);
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                writer.write(child);
            }
        } else {
            writer.write(node);
        }
        return writer.out.toByteArray();
    }

    private void write(Node node) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> element(node);
            case Node.TEXT_NODE -> text(node.getNodeValue());
            case Node.CDATA_SECTION_NODE -> cdata(node.getNodeValue());
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> processingInstruction(node);
            case Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_FRAGMENT_NODE -> children(node);
            default -> {
                // document type declarations are refused by the parser and never built in memory
            }
        }
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child);
        }
    }

    private void element(Node element) {
        scopes.enter();
        String name = element.getNodeName();
        out.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        int count = attributes.getLength();
        for (int i = 0; i < count; i++) {
            Node attr = attributes.item(i);
            if (NamespaceScopes.isDeclaration(attr)) {
                scopes.bind(NamespaceScopes.declaredPrefix(attr), attr.getNodeValue());
                attribute(attr.getNodeName(), attr.getNodeValue());
            }
        }
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        boolean prefixWithoutNamespace = !prefix.isEmpty() && namespace.isEmpty();
        if (element.getLocalName() != null && !prefixWithoutNamespace && !namespace.equals(scopes.boundTo(prefix))) {
            declare(prefix, namespace);
        }
        for (int i = 0; i < count; i++) {
            Node attr = attributes.item(i);
            if (!NamespaceScopes.isDeclaration(attr)) {
                attribute(attributeName(attr), attr.getNodeValue());
            }
        }
        if (element.getFirstChild() == null) {
            out.append("/>");
        } else {
            out.append('>');
            int mark = markOf(element);
            int start = out.length();
            children(element);
            if (mark >= 0) {
                contents[mark] = new ElementContent(start, out.length(), scopes.snapshot());
            }
            out.append("</").append(name).append('>');
        }
        scopes.leave();
    }

    private int markOf(Node element) {
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] == element) {
                return i;
            }
        }
        return -1;
    }

    private String attributeName(Node attr) {
        String namespace = attr.getNamespaceURI();
        if (namespace == null || namespace.isEmpty() || attr.getLocalName() == null) {
            return attr.getNodeName();
        }
        String prefix = attr.getPrefix();
        if ("xml".equals(prefix) || XML_NS.equals(namespace)) {
            return "xml:" + attr.getLocalName();
        }
        if (prefix == null || prefix.isEmpty()) {
            prefix = "ns" + (++generatedPrefixes);
            while (scopes.boundTo(prefix) != null) {
                prefix = "ns" + (++generatedPrefixes);
            }
        }
        if (!namespace.equals(scopes.boundTo(prefix))) {
            declare(prefix, namespace);
        }
        return prefix + ":" + attr.getLocalName();
    }

    private void declare(String prefix, String namespace) {
        scopes.bind(prefix, namespace);
        attribute(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, namespace);
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escapeAttribute(value);
        out.append('"');
    }

    private void text(String text) {
        escape(text, false);
    }

    private void escapeAttribute(String value) {
        escape(value, true);
    }

    /**
     * Appends {@code value}, runs of ordinary characters in one call, the others as references. Most values
     * (base64 of keys, digests and ciphertext, identifiers) need no reference at all: a few {@code indexOf}
     * scans, which the JIT vectorises, find that far faster than a loop over the characters.
     */
    private void escape(String value, boolean attribute) {
        if (nothingToEscape(value, attribute)) {
            out.append(value);
            return;
        }
        int start = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            String reference = reference(value.charAt(i), attribute);
            if (reference != null) {
                out.append(value, start, i).append(reference);
                start = i + 1;
            }
        }
        out.append(value, start, value.length());
    }

    private static boolean nothingToEscape(String value, boolean attribute) {
        if (value.indexOf('&') >= 0 || value.indexOf('<') >= 0 || value.indexOf('\r') >= 0) {
            return false;
        }
        return attribute
                ? value.indexOf('"') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                : value.indexOf('>') < 0;
    }

    private static String reference(char c, boolean attribute) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '\r':
                return "&#13;";
            case '>':
                return attribute ? null : "&gt;";
            case '"':
                return attribute ? "&quot;" : null;
            case '\t':
                return attribute ? "&#9;" : null;
            case '\n':
                return attribute ? "&#10;" : null;
            default:
                return null;
        }
    }

    private void cdata(String text) {
        out.append("<![CDATA[").append(text.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
    }

    private void processingInstruction(Node node) {
        out.append("<?").append(node.getNodeName());
        String data = node.getNodeValue();
        if (data != null && !data.isEmpty()) {
            out.append(' ').append(data);
        }
        out.append("?>");
    }
}
