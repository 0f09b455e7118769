package vn.lienthong.security.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.trust.CertificateChainValidator;

/**
 * TLS between security servers.
 *
 * <p>Both sides authenticate with the security server authentication key. The server proxy accepts any
 * client whose chain validates to an approved CA root; which server that is, is decided later from its
 * certificate. A client connecting to one peer security server accepts it only if the chain validates
 * to an approved root <em>and</em> the SHA-256 of the leaf certificate is one of the peer's registered
 * authentication certificate hashes.
 *
 * <p><b>No host name verification.</b> Security servers are addressed by whatever host name or IP the
 * global configuration lists, and their authentication certificates name the server
 * ({@code CertificateProfile.serverSubject}), not a DNS name, so a host name check would be meaningless.
 * Pinning the registered certificate hash is stronger: it identifies the one peer intended, whereas a
 * host name check would accept any certificate an approved CA issued for that name. The trust managers
 * returned here are {@link X509ExtendedTrustManager}s, which JSSE does not wrap with its own endpoint
 * identification, and {@link #clientParameters()} sets no endpoint identification algorithm.
 */
public final class TlsContexts {

    /** The only protocols offered and accepted. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private static final String KEY_ALIAS = "auth";

    private TlsContexts() {
    }

    /**
     * The server proxy's context: presents {@code authKey}, trusts clients whose chain validates to an
     * approved root at the time {@code clock} tells. Apply {@link #serverParameters()} to every engine or
     * server socket (client authentication is a per-connection setting in JSSE).
     */
    public static SSLContext serverContext(SigningCredential authKey, CertificateChainValidator validator, Clock clock) {
        return context(authKey, approvedCaTrustManager(validator, clock));
    }

    /**
     * A client context for connections to one peer security server: presents {@code authKey} and accepts
     * the peer only if its chain validates and its leaf hash is in {@code allowedPeerCertificateHashes}
     * (lowercase SHA-256 hex, see {@link CertificateHashes#sha256Hex}).
     */
    public static SSLContext clientContext(SigningCredential authKey, CertificateChainValidator validator, Clock clock,
                                           Set<String> allowedPeerCertificateHashes) {
        return context(authKey, pinnedPeerTrustManager(validator, clock, allowedPeerCertificateHashes));
    }

    /** Trusts peers whose chain validates to an approved root. */
    public static X509ExtendedTrustManager approvedCaTrustManager(CertificateChainValidator validator, Clock clock) {
        return new ChainTrustManager(validator, clock, null);
    }

    /** Trusts a peer whose chain validates to an approved root and whose leaf hash is in the given set. */
    public static X509ExtendedTrustManager pinnedPeerTrustManager(CertificateChainValidator validator, Clock clock,
                                                                  Set<String> allowedPeerCertificateHashes) {
        if (allowedPeerCertificateHashes.isEmpty()) {
            throw new IllegalArgumentException("a pinned peer needs at least one registered certificate hash");
        }
        return new ChainTrustManager(validator, clock, allowedPeerCertificateHashes);
    }

    /** TLS 1.3 and 1.2 only, client authentication required. */
    public static SSLParameters serverParameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setNeedClientAuth(true);
        return parameters;
    }

    /** TLS 1.3 and 1.2 only, no endpoint identification (the peer is pinned by certificate hash). */
    public static SSLParameters clientParameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }

    /**
     * SSLContext for the client proxy's HTTPS port: presents this server's key and accepts exactly the
     * registered information system certificates (self-signed ones included).
     */
    public static SSLContext informationSystemServerContext(SigningCredential serverKey,
                                                            java.util.Collection<X509Certificate> informationSystems) {
        return context(serverKey, new KnownCertificatesTrustManager(informationSystems));
    }

    private static SSLContext context(SigningCredential authKey, TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(authKey), new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    private static KeyManager[] keyManagers(SigningCredential authKey) throws GeneralSecurityException {
        // The key store lives only until the key manager has read it; a random password keeps the PKCS#12
        // key encryption meaningful without a constant anywhere.
        byte[] random = new byte[16];
        new java.security.SecureRandom().nextBytes(random);
        char[] transientPassword = java.util.HexFormat.of().formatHex(random).toCharArray();
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory key store", e);
        }
        store.setKeyEntry(KEY_ALIAS, authKey.privateKey(), transientPassword, authKey.chain());
        KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX");
        factory.init(store, transientPassword);
        return factory.getKeyManagers();
    }
}
