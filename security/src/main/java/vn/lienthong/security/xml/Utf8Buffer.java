package vn.lienthong.security.xml;

import java.util.Arrays;

/**
 * A growable byte array that text is appended to as UTF-8, one character at a time. {@link DomSerializer}
 * writes through it: a {@code StringBuilder} turns into UTF-16 at the first character beyond Latin-1 (a
 * Vietnamese name in the Body), so every later append widens and the whole message is then encoded from
 * UTF-16 once more; here each character is encoded once, where it is appended. Not thread-safe.
 */
final class Utf8Buffer {

    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Appends an ASCII character (markup: {@code <}, {@code =}, quotes and the like). */
    Utf8Buffer append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    Utf8Buffer append(String text) {
        return append(text, 0, text.length());
    }

    /** Appends {@code text[start, end)}; an unpaired surrogate becomes {@code ?}, as the JDK's encoder writes it. */
    Utf8Buffer append(String text, int start, int end) {
        ensure(3 * (end - start));
        byte[] out = bytes;
        int at = length;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[at++] = (byte) '?';
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
