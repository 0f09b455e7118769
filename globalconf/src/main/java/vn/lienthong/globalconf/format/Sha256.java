package vn.lienthong.globalconf.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, the form every hash in the global configuration takes. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** Whether {@code text} looks like a SHA-256 hex digest (64 hex digits, any case). */
    public static boolean isHex(String text) {
        return text != null && text.matches("[0-9a-fA-F]{64}");
    }
}
