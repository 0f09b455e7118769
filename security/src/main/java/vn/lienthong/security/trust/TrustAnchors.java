package vn.lienthong.security.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The approved certification authorities: their root certificates (trust anchors) and the intermediate
 * CA certificates known to the federation, which lets a chain validate even when the sender left the
 * intermediate out. Immutable.
 */
public final class TrustAnchors {

    private final List<X509Certificate> roots;
    private final List<X509Certificate> intermediates;
    private final Set<TrustAnchor> pkixAnchors;

    private TrustAnchors(Collection<X509Certificate> roots, Collection<X509Certificate> intermediates) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one approved root CA is needed");
        }
        for (X509Certificate root : roots) {
            requireCa(root, "root");
        }
        for (X509Certificate intermediate : intermediates) {
            requireCa(intermediate, "intermediate");
        }
        this.roots = List.copyOf(new LinkedHashSet<>(roots));
        this.intermediates = List.copyOf(new LinkedHashSet<>(intermediates));
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate root : this.roots) {
            anchors.add(new TrustAnchor(root, null));
        }
        this.pkixAnchors = Set.copyOf(anchors);
    }

    public static TrustAnchors of(Collection<X509Certificate> roots, Collection<X509Certificate> intermediates) {
        return new TrustAnchors(roots, intermediates);
    }

    public static TrustAnchors ofRoots(X509Certificate... roots) {
        return new TrustAnchors(List.of(roots), List.of());
    }

    /** Reads every certificate of the given PEM files: roots from the first list, intermediates from the second. */
    public static TrustAnchors fromPemFiles(List<Path> rootFiles, List<Path> intermediateFiles) throws IOException {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : rootFiles) {
            roots.addAll(Pem.readCertificates(file));
        }
        List<X509Certificate> intermediates = new ArrayList<>();
        for (Path file : intermediateFiles) {
            intermediates.addAll(Pem.readCertificates(file));
        }
        return new TrustAnchors(roots, intermediates);
    }

    public List<X509Certificate> roots() {
        return roots;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    Set<TrustAnchor> pkixAnchors() {
        return pkixAnchors;
    }

    /** The root certificates as an array, e.g. for {@code X509TrustManager.getAcceptedIssuers()}. */
    public X509Certificate[] acceptedIssuers() {
        return roots.toArray(X509Certificate[]::new);
    }

    private static void requireCa(X509Certificate certificate, String role) {
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("approved " + role + " " + certificate.getSubjectX500Principal().getName()
                    + " is not a CA certificate");
        }
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + roots.size() + " roots, " + intermediates.size() + " intermediates]";
    }
}
