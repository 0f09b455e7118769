package vn.lienthong.security.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Adds the namespace declarations (as {@code xmlns} attributes) that elements and attributes created or
 * imported in memory lack. XML canonicalisation reads declarations, not the DOM's namespace fields, so a
 * document must be fixed up before it is signed, or its signature will not verify once it has been written
 * and parsed again. One walk over the tree; it does none of the other work of {@code normalizeDocument}.
 */
public final class NamespaceDeclarations {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final NamespaceScopes scopes = new NamespaceScopes();

    private NamespaceDeclarations() {
    }

    public static void addMissing(Document document) {
        Element root = document.getDocumentElement();
        if (root != null) {
            new NamespaceDeclarations().element(root);
        }
    }

    private void element(Node element) {
        scopes.enter();
        NamedNodeMap attributes = element.getAttributes();
        List<Node> namespaced = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attr = attributes.item(i);
            String namespace = attr.getNamespaceURI();
            if (NamespaceScopes.isDeclaration(attr)) {
                scopes.bind(NamespaceScopes.declaredPrefix(attr), attr.getNodeValue());
            } else if (namespace != null && !namespace.isEmpty() && !XML_NS.equals(namespace)) {
                if (namespaced == null) {
                    namespaced = new ArrayList<>(2);
                }
                namespaced.add(attr);
            }
        }
        if (element.getLocalName() != null) {
            String prefix = element.getPrefix() == null ? "" : element.getPrefix();
            String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
            boolean prefixWithoutNamespace = !prefix.isEmpty() && namespace.isEmpty();
            if (!prefixWithoutNamespace && !namespace.equals(scopes.boundTo(prefix))) {
                declare(element, prefix, namespace);
            }
        }
        if (namespaced != null) {
            for (Node attr : namespaced) {
                String prefix = attr.getPrefix();
                if (prefix != null && !prefix.isEmpty() && !attr.getNamespaceURI().equals(scopes.boundTo(prefix))) {
                    declare(element, prefix, attr.getNamespaceURI());
                }
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                element(child);
            }
        }
        scopes.leave();
    }

    private void declare(Node element, String prefix, String namespace) {
        scopes.bind(prefix, namespace);
        String name = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        ((Element) element).setAttributeNS(NamespaceScopes.XMLNS_NS, name, namespace);
    }
}
