package vn.lienthong.benchmarks.limit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.lienthong.security.keys.CredentialLoadException;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;
import vn.lienthong.security.trust.TrustAnchors;

/** A member's credential and the federation's approved CAs, read from the demo PKI files. */
record KeyMaterial(SigningCredential credential, X509Certificate root, X509Certificate intermediate) {

    static final String ALIAS = "signing";

    static KeyMaterial load(String keystore, String passwordFile, String rootCa, String intermediateCa) {
        try {
            char[] password = Files.readString(Path.of(passwordFile), StandardCharsets.US_ASCII).strip().toCharArray();
            return new KeyMaterial(SigningCredential.fromPkcs12(Path.of(keystore), password, ALIAS),
                    certificate(Path.of(rootCa)), certificate(Path.of(intermediateCa)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CredentialLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The validator the security servers build: the approved root and intermediate, revocation off as configured. */
    CertificateChainValidator validator() {
        return new CertificateChainValidator(TrustAnchors.of(List.of(root), List.of(intermediate)),
                RevocationChecking.disabled());
    }

    private static X509Certificate certificate(Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (GeneralSecurityException e) {
            throw new IOException("not a certificate: " + pem, e);
        }
    }
}
