package vn.lienthong.security.ocsp;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.security.trust.CertificateValidationException;
import vn.lienthong.security.trust.CertificateValidationException.Reason;
import vn.lienthong.security.trust.RevocationChecker;

/**
 * Revocation checking by OCSP, with a per-certificate cache and background prefetching.
 *
 * <p>For every certificate of a validated path except the root, the checker uses the cached answer while it
 * is fresh ({@link OcspSettings#freshness()}, by thisUpdate), otherwise asks the responder named by the
 * certificate's AIA extension (or the override configured for its CA) with a nonce and verifies the
 * answer ({@link OcspResponseVerifier}). GOOD passes; REVOKED refuses with reason {@code REVOKED} naming the
 * serial, the time and the reason; UNKNOWN refuses with {@code REVOCATION_UNKNOWN}; no valid answer is
 * handled by the {@link OcspFailurePolicy} (fail closed by default, with {@code REVOCATION_UNKNOWN}).
 * Answers are judged by the checker's clock, not by {@code check}'s {@code at}: a revoked certificate is
 * refused whenever it was revoked.
 *
 * <p>A daemon thread runs {@link #refreshDue()} every {@link OcspSettings#prefetchInterval()}, so that on
 * the message path answers are normally already fresh. {@link #close()} stops it. Thread-safe.
 */
public final class OcspRevocationChecker implements RevocationChecker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OcspRevocationChecker.class);

    private final OcspSettings settings;
    private final Clock clock;
    private final OcspClient client;
    private final OcspCache cache = new OcspCache();
    private final ScheduledExecutorService prefetcher;

    /**
     * Starts the background prefetching.
     *
     * @param settings {@link OcspSettings#defaults()} or adjusted
     * @param clock    the clock answers are judged by
     */
    public OcspRevocationChecker(OcspSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = new OcspClient(settings, clock);
        this.prefetcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ocsp-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.prefetchInterval().toMillis();
        prefetcher.scheduleWithFixedDelay(this::refreshDueQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks the end-entity certificate always (fail closed when no answer can be had), and each CA
     * certificate of the path for which a responder is known (its AIA, or an override for its issuer): as in
     * X-Road, the federation vouches for its approved CAs, and a CA's revocation reaches servers through
     * the global configuration.
     */
    @Override
    public void check(List<X509Certificate> path, Instant at) throws CertificateValidationException {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (i == 0 || client.hasResponderFor(path.get(i))) {
                checkOne(path.get(i), path.get(i + 1));
            }
        }
    }

    /**
     * The status of {@code certificate} for display: the cached answer while fresh, else a new one; an
     * {@code UNAVAILABLE} status naming the problem when none can be had. Never throws.
     */
    public OcspStatus status(X509Certificate certificate, X509Certificate issuer) {
        try {
            return current(certificate, issuer);
        } catch (OcspResponseException e) {
            return OcspStatus.unavailable(certificate.getSerialNumber(), clock.instant(), e.getMessage());
        }
    }

    /** The last answer held for {@code certificate} and when it was fetched, without asking anybody. */
    public Optional<OcspStatus> cachedStatus(X509Certificate certificate) {
        return cache.get(certificate).map(entry -> entry.answer() != null ? entry.answer() : entry.lastProblem());
    }

    /**
     * Refreshes every cached answer that would be stale before the next prefetch run; failures are logged
     * and recorded. What the background task runs; callable directly.
     *
     * @return how many answers were refreshed successfully
     */
    public int refreshDue() {
        int refreshed = 0;
        Instant horizon = clock.instant().plus(settings.prefetchInterval());
        for (OcspCache.Entry entry : cache.entries()) {
            if (entry.answer() == null || !entry.answer().freshAt(horizon, settings.freshness())) {
                try {
                    fetch(entry.certificate(), entry.issuer());
                    refreshed++;
                } catch (OcspResponseException e) {
                    LOG.warn("OCSP prefetch failed: {}", e.getMessage());
                }
            }
        }
        return refreshed;
    }

    @Override
    public void close() {
        prefetcher.shutdownNow();
    }

    private void refreshDueQuietly() {
        try {
            refreshDue();
        } catch (RuntimeException e) {
            LOG.error("OCSP prefetch run failed", e);
        }
    }

    private void checkOne(X509Certificate certificate, X509Certificate issuer) throws CertificateValidationException {
        OcspStatus status;
        try {
            status = current(certificate, issuer);
        } catch (OcspResponseException e) {
            unavailable(certificate, e);
            return;
        }
        switch (status.status()) {
            case GOOD -> { }
            case REVOKED -> throw revoked(certificate, status);
            case UNKNOWN -> throw new CertificateValidationException(Reason.REVOCATION_UNKNOWN, "certificate "
                    + subject(certificate) + " (serial " + status.serialHex() + ") is unknown to its OCSP responder");
            case UNAVAILABLE -> throw new IllegalStateException("an UNAVAILABLE status is never cached as an answer");
        }
    }

    private OcspStatus current(X509Certificate certificate, X509Certificate issuer) throws OcspResponseException {
        Optional<OcspCache.Entry> cached = cache.get(certificate);
        if (cached.isPresent() && cached.get().answer() != null
                && cached.get().answer().freshAt(clock.instant(), settings.freshness())) {
            return cached.get().answer();
        }
        return fetch(certificate, issuer);
    }

    private OcspStatus fetch(X509Certificate certificate, X509Certificate issuer) throws OcspResponseException {
        try {
            OcspStatus answer = client.fetch(certificate, issuer);
            cache.answered(certificate, issuer, answer);
            return answer;
        } catch (OcspResponseException e) {
            cache.failed(certificate, issuer,
                    OcspStatus.unavailable(certificate.getSerialNumber(), clock.instant(), e.getMessage()));
            throw e;
        }
    }

    private void unavailable(X509Certificate certificate, OcspResponseException problem)
            throws CertificateValidationException {
        Optional<OcspCache.Entry> entry = cache.get(certificate);
        OcspStatus last = entry.map(OcspCache.Entry::answer).orElse(null);
        if (last != null && last.status() == OcspStatus.Status.REVOKED) {
            throw revoked(certificate, last);
        }
        OcspFailurePolicy policy = settings.failurePolicy();
        Instant since = entry.map(OcspCache.Entry::failingSince).orElse(clock.instant());
        boolean withinGrace = policy.failsOpen() && clock.instant().isBefore(since.plus(policy.grace()))
                && (last == null || last.status() == OcspStatus.Status.GOOD);
        if (withinGrace) {
            LOG.warn("accepting certificate {} without a valid OCSP answer (fail-open grace until {}): {}",
                    subject(certificate), since.plus(policy.grace()), problem.getMessage());
            return;
        }
        throw new CertificateValidationException(Reason.REVOCATION_UNKNOWN, "revocation status of certificate "
                + subject(certificate) + " (serial " + certificate.getSerialNumber().toString(16)
                + ") is unknown: " + problem.getMessage(), problem);
    }

    private static CertificateValidationException revoked(X509Certificate certificate, OcspStatus status) {
        return new CertificateValidationException(Reason.REVOKED, "certificate " + subject(certificate)
                + " (serial " + status.serialHex() + ") was revoked at " + status.revokedAt()
                + (status.revocationReason() == null ? "" : ", reason " + status.revocationReason()));
    }

    /** The subject as people read it: the federation's SERIALNUMBER attribute by name, not as hex. */
    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253,
                java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
    }
}
