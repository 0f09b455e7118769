package vn.lienthong.routes.server;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.lienthong.conf.CertificateFiles;
import vn.lienthong.conf.ConfException;

/** Reads the PEM file of the information systems' TLS certificates that the client proxy's HTTPS port accepts. */
final class InformationSystemCertificates {

    private InformationSystemCertificates() {
    }

    static List<X509Certificate> load(Path pem) {
        try {
            return CertificateFiles.read(pem);
        } catch (ConfException e) {
            throw new ConfException(e.getMessage() + " (lienthong.client-proxy.is-certificates)", e);
        }
    }
}
