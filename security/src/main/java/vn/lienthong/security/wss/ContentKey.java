package vn.lienthong.security.wss;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A one-message AES-256 content key that wipes its bytes when destroyed. WSS4J destroys the content key as soon as
 * the Body is encrypted; the JDK's own {@code SecretKeySpec} cannot be destroyed (it throws, and its bytes stay on the
 * heap until collected), so the key that decrypts a citizen's record would outlive the message in memory.
 *
 * <p>{@link #getEncoded()} returns a copy, as the JCE expects; once destroyed it throws {@link IllegalStateException}.
 * Not for sharing across threads while it is being destroyed.
 */
final class ContentKey implements SecretKey {

    private static final long serialVersionUID = 1L;
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private volatile boolean destroyed;

    private ContentKey(byte[] key) {
        this.key = key;
    }

    /** A fresh random key from the platform's {@link SecureRandom}. */
    static ContentKey generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new ContentKey(key);
    }

    @Override
    public String getAlgorithm() {
        return "AES";
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        if (destroyed) {
            throw new IllegalStateException("the content key was destroyed once the Body was encrypted");
        }
        return key.clone();
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "AES-256 content key" + (destroyed ? " (destroyed)" : "");
    }
}
