package vn.lienthong.messagelog.trust;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Builds and validates a PKIX path from a certificate to one of the given anchors, evaluated at a past instant (when
 * the message was signed or the token made). Revocation is not checked here: evidence is judged at its own time.
 */
public final class CertificatePaths {

    private CertificatePaths() {
    }

    /**
     * @return the path, target first, ending with the anchor's certificate
     * @throws GeneralSecurityException when no valid path exists at {@code at}
     */
    public static List<X509Certificate> validate(X509Certificate target, Collection<X509Certificate> intermediates,
                                                 Set<TrustAnchor> anchors, Instant at) throws GeneralSecurityException {
        X509CertSelector selector = new X509CertSelector();
        selector.setCertificate(target);
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, selector);
        params.setRevocationEnabled(false);
        params.setDate(Date.from(at));
        List<X509Certificate> store = new ArrayList<>(intermediates);
        store.add(target);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
        var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
        List<X509Certificate> path = new ArrayList<>();
        result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
        path.add(result.getTrustAnchor().getTrustedCert());
        return path;
    }
}
