package vn.lienthong.messagelog.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, the one digest of the log (entries, Merkle trees, time-stamp imprints, archive manifests).
 *
 * <p>New digests are clones of one never-used prototype: {@code MessageDigest.getInstance} looks the
 * algorithm up among the providers on every call, which cost the log's writer thread as much CPU as
 * hashing the messages themselves (0.4 % of a security server's CPU under load).
 */
public final class Sha256 {

    public static final int LENGTH = 32;

    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    public static byte[] of(byte[]... parts) {
        MessageDigest md = newDigest();
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
