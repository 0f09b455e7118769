package vn.lienthong.routes.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.conf.ConfException;

/** Reads the PEM file of the information systems' TLS certificates that the client proxy's HTTPS port accepts. */
final class InformationSystemCertificates {

    private InformationSystemCertificates() {
    }

    static List<X509Certificate> load(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
            if (certificates.isEmpty()) {
                throw new ConfException(pem + " (lienthong.client-proxy.is-certificates) holds no certificate");
            }
            return certificates;
        } catch (IOException e) {
            throw new ConfException("cannot read " + pem + " (lienthong.client-proxy.is-certificates): " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new ConfException(pem + " (lienthong.client-proxy.is-certificates) is not a PEM certificate file: "
                    + e.getMessage(), e);
        }
    }
}
