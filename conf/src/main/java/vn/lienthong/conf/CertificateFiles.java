package vn.lienthong.conf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the certificates a configuration names by file (PEM or DER, one or several). */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    /** Every certificate in the file; a missing, empty or unreadable file is a ConfException naming it. */
    public static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> result = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new ConfException("certificate file " + file + " holds no certificate");
            }
            return result;
        } catch (IOException e) {
            throw new ConfException("cannot read certificate file " + file + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new ConfException("certificate file " + file + " is not a PEM or DER certificate: "
                    + e.getMessage(), e);
        }
    }
}
