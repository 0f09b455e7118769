package vn.lienthong.security.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads every certificate of a PEM (or DER) file. */
final class Pem {

    private Pem() {
    }

    static List<X509Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                result.add((X509Certificate) certificate);
            }
            if (result.isEmpty()) {
                throw new IOException("no certificate in " + file);
            }
            return result;
        } catch (CertificateException e) {
            throw new IOException("unreadable certificate file " + file + ": " + e.getMessage(), e);
        }
    }
}
