package vn.lienthong.security.ocsp;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * How the OCSP client behaves.
 *
 * @param freshness          how old (by thisUpdate) an answer may be and still be used: 3600 s as in X-Road
 * @param prefetchInterval   how often the background task refreshes cached answers; each run refreshes every
 *                           answer that would be stale before the next run
 * @param requestTimeout     connect and response timeout of one OCSP request
 * @param responderOverrides responder URL per issuing CA (by the CA's subject), used instead of the AIA URL
 * @param failurePolicy      fail closed, or fail open for a bounded grace period
 */
public record OcspSettings(Duration freshness, Duration prefetchInterval, Duration requestTimeout,
                           Map<X500Principal, URI> responderOverrides, OcspFailurePolicy failurePolicy) {

    public static final Duration DEFAULT_FRESHNESS = Duration.ofSeconds(3600);
    public static final Duration DEFAULT_PREFETCH_INTERVAL = Duration.ofSeconds(1200);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public OcspSettings {
        Objects.requireNonNull(failurePolicy, "failurePolicy");
        requirePositive(freshness, "freshness");
        requirePositive(prefetchInterval, "prefetchInterval");
        requirePositive(requestTimeout, "requestTimeout");
        responderOverrides = Map.copyOf(responderOverrides);
    }

    /** Freshness 3600 s, prefetch every 1200 s, 10 s timeout, responders from AIA, fail closed. */
    public static OcspSettings defaults() {
        return new OcspSettings(DEFAULT_FRESHNESS, DEFAULT_PREFETCH_INTERVAL, DEFAULT_REQUEST_TIMEOUT, Map.of(),
                OcspFailurePolicy.failClosed());
    }

    public OcspSettings withFreshness(Duration value) {
        return new OcspSettings(value, prefetchInterval, requestTimeout, responderOverrides, failurePolicy);
    }

    public OcspSettings withPrefetchInterval(Duration value) {
        return new OcspSettings(freshness, value, requestTimeout, responderOverrides, failurePolicy);
    }

    public OcspSettings withRequestTimeout(Duration value) {
        return new OcspSettings(freshness, prefetchInterval, value, responderOverrides, failurePolicy);
    }

    public OcspSettings withResponderOverrides(Map<X500Principal, URI> value) {
        return new OcspSettings(freshness, prefetchInterval, requestTimeout, value, failurePolicy);
    }

    public OcspSettings withFailurePolicy(OcspFailurePolicy value) {
        return new OcspSettings(freshness, prefetchInterval, requestTimeout, responderOverrides, value);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
