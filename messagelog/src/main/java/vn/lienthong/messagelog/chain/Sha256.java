package vn.lienthong.messagelog.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the one digest of the log (entries, Merkle trees, time-stamp imprints, archive manifests). */
public final class Sha256 {

    public static final int LENGTH = 32;

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static byte[] of(byte[]... parts) {
        MessageDigest md = newDigest();
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }
}
