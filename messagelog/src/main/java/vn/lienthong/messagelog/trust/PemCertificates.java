package vn.lienthong.messagelog.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads and writes PEM certificates (trust anchors given to the auditor's tools, signer certificates in evidence). */
public final class PemCertificates {

    private PemCertificates() {
    }

    public static List<X509Certificate> read(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no certificate");
            }
            return certs;
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("cannot read certificates from " + pem + ": " + e.getMessage(), e);
        }
    }

    /** Every certificate of every file, as trust anchors. */
    public static Set<TrustAnchor> trustAnchors(List<Path> pemFiles) {
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (Path p : pemFiles) {
            for (X509Certificate c : read(p)) {
                anchors.add(new TrustAnchor(c, null));
            }
        }
        return anchors;
    }

    public static String toPem(List<X509Certificate> certs) {
        StringWriter out = new StringWriter();
        Base64.Encoder b64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
        for (X509Certificate c : certs) {
            try {
                out.write("-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalArgumentException("cannot encode certificate " + c.getSubjectX500Principal(), e);
            }
        }
        return out.toString();
    }
}
