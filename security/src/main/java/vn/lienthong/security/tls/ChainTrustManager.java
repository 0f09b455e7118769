package vn.lienthong.security.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.CertificatePurpose;
import vn.lienthong.security.trust.CertificateValidationException;

/**
 * Trusts a peer whose chain validates to an approved root ({@link CertificateChainValidator}) and,
 * when a set of allowed leaf hashes is given, whose leaf certificate's SHA-256 is in that set.
 *
 * <p>It extends {@link X509ExtendedTrustManager} so that JSSE uses it as is: JSSE performs no endpoint
 * identification (host name checks) of its own for such a trust manager.
 */
final class ChainTrustManager extends X509ExtendedTrustManager {

    private final CertificateChainValidator validator;
    private final Clock clock;
    private final Set<String> allowedLeafHashes;

    /** @param allowedLeafHashes lowercase SHA-256 hex of acceptable leaf certificates, or {@code null} for any */
    ChainTrustManager(CertificateChainValidator validator, Clock clock, Set<String> allowedLeafHashes) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedLeafHashes = allowedLeafHashes == null ? null : Set.copyOf(allowedLeafHashes);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, CertificatePurpose.TLS_CLIENT);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, CertificatePurpose.TLS_SERVER);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, CertificatePurpose.TLS_CLIENT);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, CertificatePurpose.TLS_SERVER);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, CertificatePurpose.TLS_CLIENT);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, CertificatePurpose.TLS_SERVER);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return validator.anchors().acceptedIssuers();
    }

    private void check(X509Certificate[] chain, CertificatePurpose purpose) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("peer presented no certificate");
        }
        try {
            validator.validate(Arrays.asList(chain), clock.instant(), purpose);
        } catch (CertificateValidationException e) {
            throw new CertificateException("peer certificate refused (" + e.reason() + "): " + e.getMessage(), e);
        }
        if (allowedLeafHashes != null) {
            String hash = CertificateHashes.sha256Hex(chain[0]);
            if (!allowedLeafHashes.contains(hash)) {
                throw new CertificateException("peer certificate " + chain[0].getSubjectX500Principal().getName()
                        + " (sha256 " + hash + ") is not a registered authentication certificate of this peer");
            }
        }
    }
}
