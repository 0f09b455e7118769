package vn.lienthong.security.ocsp;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.security.auth.x500.X500Principal;

/**
 * The last valid OCSP answer per certificate (by issuer and serial), and since when fetching has been
 * failing for it. Thread-safe.
 */
final class OcspCache {

    record Key(X500Principal issuer, BigInteger serial) {
        static Key of(X509Certificate certificate) {
            return new Key(certificate.getIssuerX500Principal(), certificate.getSerialNumber());
        }
    }

    /**
     * @param answer        the last valid answer; {@code null} before the first one
     * @param failingSince  when the current run of failures began; {@code null} after a valid answer
     * @param lastProblem   the latest failure; {@code null} after a valid answer
     */
    record Entry(X509Certificate certificate, X509Certificate issuer, OcspStatus answer, Instant failingSince,
                 OcspStatus lastProblem) {
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    Optional<Entry> get(X509Certificate certificate) {
        return Optional.ofNullable(entries.get(Key.of(certificate)));
    }

    void answered(X509Certificate certificate, X509Certificate issuer, OcspStatus answer) {
        entries.put(Key.of(certificate), new Entry(certificate, issuer, answer, null, null));
    }

    /** Records a failure and returns the entry, whose {@code failingSince} is the start of this run of failures. */
    Entry failed(X509Certificate certificate, X509Certificate issuer, OcspStatus problem) {
        return entries.compute(Key.of(certificate), (key, old) -> old == null
                ? new Entry(certificate, issuer, null, problem.fetchedAt(), problem)
                : new Entry(certificate, issuer, old.answer(),
                        old.failingSince() == null ? problem.fetchedAt() : old.failingSince(), problem));
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
