package vn.lienthong.benchmarks.wss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * One agency's key material for point-to-point WS-Security, taken from the same demo PKI the security
 * servers use: its own PKCS#12 key store (entry {@code signing}), the approved CA certificates it trusts, the
 * agencies whose signatures it accepts and, for a consumer, the provider's certificate it encrypts requests to.
 *
 * @param keystore       the agency's member key store
 * @param password       its password
 * @param alias          the key entry
 * @param caCertificates root and intermediate CA certificates (trusted for signature verification)
 * @param signers        the peers whose signatures it accepts (WSS4J subject certificate constraints)
 * @param encryptTo      the certificate to encrypt to; empty for a provider, which answers to the request's signer
 */
public record AgencyKeys(KeyStore keystore, char[] password, String alias, List<X509Certificate> caCertificates,
        List<X509Certificate> signers, Optional<X509Certificate> encryptTo) {

    public static final String ALIAS = "signing";

    /** A consumer: it accepts and encrypts to the provider's certificate. */
    public static AgencyKeys consumer(Path keystoreFile, Path passwordFile, List<Path> caFiles, Path providerFile) {
        return load(keystoreFile, passwordFile, caFiles, List.of(providerFile), Optional.of(providerFile));
    }

    /** A provider: it accepts the given consumers and answers each one encrypted to its signing certificate. */
    public static AgencyKeys provider(Path keystoreFile, Path passwordFile, List<Path> caFiles, List<Path> consumerFiles) {
        return load(keystoreFile, passwordFile, caFiles, consumerFiles, Optional.empty());
    }

    private static AgencyKeys load(Path keystoreFile, Path passwordFile, List<Path> caFiles, List<Path> signerFiles,
            Optional<Path> encryptToFile) {
        try {
            char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystoreFile)) {
                store.load(in, password);
            }
            List<X509Certificate> cas = caFiles.stream().map(AgencyKeys::certificate).toList();
            return new AgencyKeys(store, password, ALIAS, cas, signerFiles.stream().map(AgencyKeys::certificate).toList(),
                    encryptToFile.map(AgencyKeys::certificate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agency keys from " + keystoreFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open key store " + keystoreFile, e);
        }
    }

    static X509Certificate certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read certificate " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a certificate: " + pem, e);
        }
    }

    @Override
    public String toString() {
        return "AgencyKeys[" + alias + ", " + caCertificates.size() + " CA certificates, " + signers.size()
                + " accepted signers, encrypts to " + encryptTo.map(c -> c.getSubjectX500Principal().getName()).orElse("the requester") + "]";
    }
}
