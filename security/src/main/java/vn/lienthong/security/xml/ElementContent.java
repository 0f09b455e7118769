package vn.lienthong.security.xml;

import org.w3c.dom.Node;

/**
 * Where the content of an element lies in a written document ({@link DomSerializer#toBytesMarking}): from byte
 * {@link #start()} up to {@link #end()}, between the end of its start tag and the start of its end tag. Other
 * nodes can be written for that place ({@link #write}), with the namespace bindings in force there, so that
 * the bytes of a changed document can be spliced from those of the original instead of written anew.
 * Immutable; thread-safe.
 */
public final class ElementContent {

    private final int start;
    private final int end;
    private final NamespaceScopes inScope;

    ElementContent(int start, int end, NamespaceScopes inScope) {
        this.start = start;
        this.end = end;
        this.inScope = inScope;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** {@code node} written as {@link DomSerializer} would write it at this place. */
    public byte[] write(Node node) {
        return DomSerializer.toBytes(node, inScope);
    }
}
