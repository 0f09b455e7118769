package vn.lienthong.launcher.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the certificates an officer received from the CA and writes the requests he sends it. */
final class CertificateFiles {

    private CertificateFiles() {
    }

    /** Every certificate of a PEM or DER file, leaf first as the CA delivered it. */
    static List<X509Certificate> read(Path file) throws InputProblem {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem("certificate file " + file + " does not exist: give the file the CA issued");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new InputProblem("no certificate in " + file + ": give the PEM or DER file the CA issued");
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new InputProblem("certificate file " + file + " is not a PEM or DER certificate: "
                    + "give the file the CA issued");
        }
    }

    static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
