package vn.lienthong.security.xml;

import java.util.Arrays;
import org.w3c.dom.Node;

/**
 * The namespace bindings in force while walking a DOM tree: one frame per open element, each holding the
 * prefixes ("" for the default namespace) its element declares. Kept in two arrays, so that entering an element
 * (which most often declares nothing) allocates nothing; a look-up scans the few bindings in force, innermost
 * first. Shared by {@link DomSerializer} and {@link NamespaceDeclarations}, which fix up namespaces the same way.
 */
final class NamespaceScopes {

    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    /** Every binding in force, innermost last: prefix at 2i, namespace at 2i + 1. */
    private String[] bindings = new String[32];
    private int bindingCount;
    /** For each open element, the binding count when it was entered. */
    private int[] frameStarts = new int[32];
    private int depth;

    /** Opens the frame of an element. */
    void enter() {
        if (depth == frameStarts.length) {
            frameStarts = Arrays.copyOf(frameStarts, depth * 2);
        }
        frameStarts[depth++] = bindingCount;
    }

    /** Closes the frame of the element last entered, and with it the bindings made there. */
    void leave() {
        int start = frameStarts[--depth];
        Arrays.fill(bindings, 2 * start, 2 * bindingCount, null);
        bindingCount = start;
    }

    /** Binds {@code prefix} in the current frame. */
    void bind(String prefix, String namespace) {
        if (2 * bindingCount + 2 > bindings.length) {
            bindings = Arrays.copyOf(bindings, bindings.length * 2);
        }
        bindings[2 * bindingCount] = prefix;
        bindings[2 * bindingCount + 1] = namespace;
        bindingCount++;
    }

    /** The namespace a prefix is bound to here; "" for an unbound default namespace, null for an unbound prefix. */
    String boundTo(String prefix) {
        for (int i = bindingCount - 1; i >= 0; i--) {
            if (prefix.equals(bindings[2 * i])) {
                return bindings[2 * i + 1];
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    /**
     * The bindings in force now, as those of a new walk's outermost frame: writing a subtree with them writes it as
     * it would be written here.
     */
    NamespaceScopes snapshot() {
        NamespaceScopes copy = new NamespaceScopes();
        copy.bindings = Arrays.copyOf(bindings, bindings.length);
        copy.bindingCount = bindingCount;
        return copy;
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
