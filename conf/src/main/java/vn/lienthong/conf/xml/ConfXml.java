package vn.lienthong.conf.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.lienthong.conf.ConfException;

/** Reads configuration XML safely (no DTDs, no external entities) and walks it by local names. */
public final class ConfXml {

    private ConfXml() {
    }

    public static Element read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfException("configuration file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(in);
            return doc.getDocumentElement();
        } catch (SAXException e) {
            throw new ConfException(file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ConfException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    public static String required(Element e, String attribute, Path file) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new ConfException(file + ": <" + e.getLocalName() + "> needs the attribute " + attribute);
        }
        return v.trim();
    }

    public static String optional(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
