package vn.lienthong.certs.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.security.auth.x500.X500Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.keystore.KeyStorePasswordException;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.certs.pem.Pem;

/**
 * One party's key store and certificate in the demo PKI: reused when it is still a valid certificate of the
 * current CA for the expected subject, otherwise created (new key, request, certificate, key store, PEM).
 */
final class PartyCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(PartyCredentials.class);

    /**
     * @param description for log lines, e.g. "member VN/GOV/MPS"
     * @param issue       asks the CA to certify a PKCS#10 request
     */
    record Spec(String description, Path keystore, Path certificatePem, String alias, X500Principal subject,
                Function<byte[], X509Certificate> issue) {
    }

    private final CertificateAuthority ca;
    private final KeyAlgorithm algorithm;
    private final char[] password;

    PartyCredentials(CertificateAuthority ca, KeyAlgorithm algorithm, char[] password) {
        this.ca = ca;
        this.algorithm = algorithm;
        this.password = password;
    }

    DemoPkiResult.Party ensure(Spec spec) throws IOException {
        Optional<X509Certificate> existing = existing(spec);
        if (existing.isPresent()) {
            return new DemoPkiResult.Party(spec.keystore(), spec.certificatePem(), existing.get());
        }
        KeyPair keys = algorithm.generate();
        X509Certificate certificate = spec.issue().apply(CertificationRequests.create(keys, spec.subject()));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(ca.chain());
        Pkcs12.write(spec.keystore(), spec.alias(), new Pkcs12.KeyEntry(keys.getPrivate(), chain), password);
        Pem.write(spec.certificatePem(), certificate);
        LOG.info("Issued certificate {} for {} into {}", certificate.getSerialNumber().toString(16),
                spec.description(), spec.keystore());
        return new DemoPkiResult.Party(spec.keystore(), spec.certificatePem(), certificate);
    }

    private Optional<X509Certificate> existing(Spec spec) throws IOException {
        if (!Files.isRegularFile(spec.keystore()) || !Files.isRegularFile(spec.certificatePem())) {
            return Optional.empty();
        }
        Pkcs12.KeyEntry entry;
        X509Certificate pem;
        try {
            entry = Pkcs12.read(spec.keystore(), spec.alias(), password);
            pem = Pem.read(spec.certificatePem());
        } catch (KeyStorePasswordException e) {
            throw new IOException(e.getMessage() + "; the demo PKI's password file no longer matches its key"
                    + " stores: delete the demo PKI directory to generate a new one", e);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Replacing the unreadable key store or certificate of {}: {}", spec.description(), e.getMessage());
            return Optional.empty();
        }
        X509Certificate certificate = entry.certificate();
        List<X509Certificate> expectedChain = new ArrayList<>(List.of(certificate));
        expectedChain.addAll(ca.chain());
        String problem = !certificate.equals(pem) ? spec.certificatePem() + " differs from the key store"
                : !entry.chain().equals(expectedChain) ? "its chain is not the current CA's"
                : !certificate.getSubjectX500Principal().equals(spec.subject()) ? "its subject is not the profile's"
                : validityProblem(certificate);
        if (problem != null) {
            LOG.warn("Replacing the certificate of {}: {}", spec.description(), problem);
            return Optional.empty();
        }
        return Optional.of(certificate);
    }

    private static String validityProblem(X509Certificate certificate) {
        try {
            certificate.checkValidity();
            return null;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return "it is not valid now (" + e.getMessage() + ")";
        }
    }
}
