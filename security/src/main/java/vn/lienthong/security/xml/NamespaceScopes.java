package vn.lienthong.security.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Node;

/**
 * The namespace bindings in force while walking a DOM tree: one frame per open element, each holding the
 * prefixes ("" for the default namespace) its element declares. Shared by {@link DomSerializer} and
 * {@link NamespaceDeclarations}, which fix up namespaces the same way.
 */
final class NamespaceScopes {

    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    private final List<Map<String, String>> frames = new ArrayList<>();

    /** Opens the frame of an element. */
    void enter() {
        frames.add(new HashMap<>(4));
    }

    /** Closes the frame of the element last entered. */
    void leave() {
        frames.remove(frames.size() - 1);
    }

    /** Binds {@code prefix} in the current frame. */
    void bind(String prefix, String namespace) {
        frames.get(frames.size() - 1).put(prefix, namespace);
    }

    /** The namespace a prefix is bound to here; "" for an unbound default namespace, null for an unbound prefix. */
    String boundTo(String prefix) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            String namespace = frames.get(i).get(prefix);
            if (namespace != null) {
                return namespace;
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    /** A namespace declaration, whether built namespace-aware or (as some libraries do) as a plain attribute. */
    static boolean isDeclaration(Node attr) {
        String name = attr.getNodeName();
        return XMLNS_NS.equals(attr.getNamespaceURI()) || "xmlns".equals(name) || name.startsWith("xmlns:");
    }

    /** The prefix a declaration binds; "" for the default namespace. */
    static String declaredPrefix(Node attr) {
        String name = attr.getNodeName();
        return "xmlns".equals(name) ? "" : name.substring("xmlns:".length());
    }
}
