package vn.lienthong.security.xml;

import java.util.List;
import java.util.Optional;

/**
 * A document's bytes as {@link DomSerializer} wrote them, and where the content of the elements it was asked
 * to mark lies in them, in the order they were asked for ({@link Optional#empty()} for a marked element that
 * was not written, or written without content). The byte array is shared, not copied: the owner must not
 * change it.
 */
public record WrittenDocument(byte[] bytes, List<Optional<ElementContent>> contents) {

    public WrittenDocument(byte[] bytes, List<Optional<ElementContent>> contents) {
        this.bytes = bytes;
        this.contents = List.copyOf(contents);
    }

    /** The place of the {@code index}th marked element's content. */
    public Optional<ElementContent> content(int index) {
        return contents.get(index);
    }
}
