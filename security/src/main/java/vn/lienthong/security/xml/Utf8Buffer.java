package vn.lienthong.security.xml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that text is appended to as UTF-8 (short text one character at a time). {@link DomSerializer}
 * writes through it: a {@code StringBuilder} turns into UTF-16 at the first character beyond Latin-1 (a
 * Vietnamese name in the Body), so every later append widens and the whole message is then encoded from
 * UTF-16 once more; here each character is encoded once, where it is appended. Not thread-safe.
 */
final class Utf8Buffer {

    /** Strings at least this long are encoded by {@link String#getBytes}; below it the copy would cost more. */
    static final int BULK_FROM = 64;

    private byte[] bytes;
    private int length;
    /** Scratch space the characters of one append are copied into. */
    private char[] chars = new char[256];

    Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Appends an ASCII character (markup: {@code <}, {@code =}, quotes and the like). */
    Utf8Buffer append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /**
     * Appends all of {@code text}. A long string is encoded by the JDK in one call: for a Latin-1 string (markup,
     * base64, identifiers) that is a vectorised check for non-ASCII bytes and an array copy, several times faster
     * than encoding it character by character; other strings get the same encoding as below.
     */
    Utf8Buffer append(String text) {
        if (text.length() < BULK_FROM) {
            return append(text, 0, text.length());
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    /**
     * Appends {@code text[start, end)}; an unpaired surrogate becomes {@code ?}, as the JDK's encoder writes it.
     * The characters are first copied out in one call ({@code getChars} is a bulk copy, or a vectorised widening
     * for a Latin-1 string) and then encoded from the array: {@code charAt} per character checks the string's
     * coder and bounds each time, which cost several times the encoding itself.
     */
    Utf8Buffer append(String text, int start, int end) {
        int count = end - start;
        ensure(3 * count);
        if (chars.length < count) {
            chars = new char[Math.max(count, 2 * chars.length)];
        }
        char[] in = chars;
        text.getChars(start, end, in, 0);
        byte[] out = bytes;
        int at = length;
        int i = 0;
        // The leading ASCII run (most of a message: markup, base64, identifiers) in a loop of its own, which the JIT
        // compiles far tighter than the general one below (a 43 KB envelope: 39 µs with it, 49 µs without).
        while (i < count && in[i] < 0x80) {
            out[at++] = (byte) in[i++];
        }
        for (; i < count; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(in[i + 1])) {
                int codePoint = Character.toCodePoint(c, in[++i]);
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

    /** Bytes written so far. */
    int length() {
        return length;
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
