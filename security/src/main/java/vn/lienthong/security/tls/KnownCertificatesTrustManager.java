package vn.lienthong.security.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly the listed certificates (compared by SHA-256 of their DER), whoever issued them: how a
 * security server recognises its own information systems, whose TLS certificates are often self-signed
 * and are registered one by one by the operator.
 */
final class KnownCertificatesTrustManager extends X509ExtendedTrustManager {

    private final Set<String> hashes;
    private final X509Certificate[] issuers;

    KnownCertificatesTrustManager(Collection<X509Certificate> known) {
        if (known.isEmpty()) {
            throw new IllegalArgumentException("no information system certificates are registered");
        }
        this.hashes = known.stream().map(CertificateHashes::sha256Hex).collect(Collectors.toUnmodifiableSet());
        this.issuers = known.toArray(new X509Certificate[0]);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the information system presented no certificate");
        }
        chain[0].checkValidity();
        if (!hashes.contains(CertificateHashes.sha256Hex(chain[0]))) {
            throw new CertificateException("the certificate " + chain[0].getSubjectX500Principal().getName()
                    + " is not registered for an information system of this security server");
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only authenticates information system clients");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return issuers.clone();
    }
}
