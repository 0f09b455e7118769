package vn.lienthong.security.wss;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certificate paths (PKIPath tokens) this server has already parsed, by their exact bytes, and those it has
 * encoded, by their certificates. Every message from a peer carries the same few paths, and every message this
 * server signs carries its members' own; parsing or encoding one is a DER walk, done once instead of once per
 * message. A hit needs the very same bytes, so nothing but parsing is skipped: the chain is still validated
 * for every message. Least recently used paths leave first. Thread-safe.
 */
final class ParsedCertificatePaths {

    private static final int CAPACITY = 256;

    private final Map<ByteBuffer, X509Certificate[]> paths = leastRecentlyUsed();
    private final Map<List<X509Certificate>, byte[]> encodings = leastRecentlyUsed();

    /** The PKIPath encoding of {@code path}, or null if it was not encoded before (or has left). */
    synchronized byte[] encoding(X509Certificate[] path) {
        byte[] encoded = encodings.get(List.of(path));
        return encoded == null ? null : encoded.clone();
    }

    synchronized void putEncoding(X509Certificate[] path, byte[] encoded) {
        encodings.put(List.of(path), encoded.clone());
    }

    /** The path parsed from {@code encoded}, or null if these bytes were not seen (or have left). */
    synchronized X509Certificate[] get(byte[] encoded) {
        X509Certificate[] path = paths.get(ByteBuffer.wrap(encoded));
        return path == null ? null : path.clone();
    }

    synchronized void put(byte[] encoded, X509Certificate[] path) {
        paths.put(ByteBuffer.wrap(encoded.clone()), path.clone());
    }

    synchronized int size() {
        return paths.size() + encodings.size();
    }

    /** A map in access order that drops its least recently used entry beyond {@link #CAPACITY}. */
    private static <K, V> Map<K, V> leastRecentlyUsed() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
