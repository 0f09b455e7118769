package vn.lienthong.conf.identifier;

import java.util.regex.Pattern;

/** Shared syntax rules of identifier parts: no slashes, no white space, no control characters. */
final class Identifiers {

    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}._:\\-]{1,255}");

    private Identifiers() {
    }

    static void requirePart(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (!PART.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " '" + value
                    + "' may hold only letters, digits and . _ : - (at most 255)");
        }
    }

    static String[] split(String text, int min, int max, String expected) {
        if (text == null) {
            throw new IllegalArgumentException("expected a " + expected + ", got nothing");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length < min || parts.length > max) {
            throw new IllegalArgumentException("expected a " + expected + ", got '" + text + "'");
        }
        return parts;
    }
}
