package vn.lienthong.routes.provider.npd;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small helpers to write namespaced response elements. */
final class Dom {

    private Dom() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
    }

    /** A new root element {@code prefix:name} in its own document. */
    static Element root(String namespace, String prefix, String name) {
        Document document = newDocument();
        Element root = document.createElementNS(namespace, prefix + ":" + name);
        document.appendChild(root);
        return root;
    }

    /** Appends a child in the parent's namespace and prefix. */
    static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), qualified(parent, name));
        parent.appendChild(child);
        return child;
    }

    /** Appends a child with text; does nothing for a null value. */
    static Element text(Element parent, String name, String value) {
        if (value == null) {
            return null;
        }
        Element child = child(parent, name);
        child.setTextContent(value);
        return child;
    }

    private static String qualified(Element parent, String name) {
        String prefix = parent.getPrefix();
        return prefix == null ? name : prefix + ":" + name;
    }
}
