package vn.lienthong.security.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The one configuration of the XML parser for what arrives from outside (messages, decrypted content): no DOCTYPE,
 * so no external entities and no entity expansion; secure processing on; no XInclude. Nodes are built while
 * parsing: every message is walked whole several times (canonicalisation, signing, writing), and Xerces' deferred
 * DOM, built for partial reads, first fills tables and then builds the same nodes on the first walk (parse and one
 * walk of a signed 14 KB envelope: 74-88 µs instead of 86-102).
 */
public final class SafeParsers {

    private SafeParsers() {
    }

    /** A new factory so configured; its users build one parser per thread from it. */
    public static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser lacks a required safety feature: " + e.getMessage(), e);
        }
    }
}
