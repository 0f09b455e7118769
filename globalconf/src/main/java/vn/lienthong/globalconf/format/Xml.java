package vn.lienthong.globalconf.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.lienthong.conf.ConfException;

/**
 * Reads XML documents from bytes safely (no DTDs, no external entities) and writes them back, indented, in UTF-8.
 * Every read failure is a {@link ConfException} naming the document ({@code what}).
 */
public final class Xml {

    private Xml() {
    }

    public static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser in this Java runtime", e);
        }
    }

    public static Element parse(byte[] bytes, String what) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException e) {
            throw new ConfException(what + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ConfException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    public static byte[] write(Document document) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize XML: " + e.getMessage(), e);
        }
    }

    /** Appends a child element {@code <name>} to {@code parent} and returns it. */
    public static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    /** Appends {@code <name>text</name>} to {@code parent}. */
    public static Element textChild(Element parent, String name, String text) {
        Element e = child(parent, name);
        e.setTextContent(text);
        return e;
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(nameOf(e))) {
                result.add(e);
            }
        }
        return result;
    }

    public static String required(Element e, String attribute, String what) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new ConfException(what + ": <" + nameOf(e) + "> needs the attribute " + attribute);
        }
        return v.trim();
    }

    public static String optional(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public static void requireRoot(Element root, String name, String what) {
        if (!name.equals(nameOf(root))) {
            throw new ConfException(what + ": expected a <" + name + "> document, found <" + nameOf(root) + ">");
        }
    }

    private static String nameOf(Element e) {
        return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
