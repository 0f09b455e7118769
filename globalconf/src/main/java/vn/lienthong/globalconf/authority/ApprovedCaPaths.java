package vn.lienthong.globalconf.authority;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.globalconf.registry.ApprovedCa;
import vn.lienthong.globalconf.registry.Registry;

/**
 * Whether a certificate chains, at a given time, to one of the registry's approved CAs (RFC 5280 path building).
 * Revocation is not checked here: the authority checks who signs a request, and an administrator still approves it.
 */
final class ApprovedCaPaths {

    private ApprovedCaPaths() {
    }

    static boolean chains(X509Certificate leaf, List<X509Certificate> extra, Registry registry, Instant at) {
        Set<TrustAnchor> anchors = new HashSet<>();
        List<X509Certificate> pool = new ArrayList<>(extra);
        for (ApprovedCa ca : registry.approvedCas()) {
            anchors.add(new TrustAnchor(ca.root(), null));
            pool.addAll(ca.intermediates());
        }
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            pool.add(leaf);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
