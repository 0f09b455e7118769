package vn.lienthong.certs.ca;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.keystore.KeyStorePasswordException;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.certs.pem.Pem;

/**
 * The key stores of the services the CA runs itself (OCSP responder, time-stamping authority): reused while
 * they hold an unrevoked certificate of this CA with more than {@link #RENEW_BEFORE} left, made anew otherwise
 * (new key of the CA's own key type, certificate from the intermediate, key store, PEM).
 */
final class DelegatedCredentials {

    /** Short-lived, as RFC 6960 section 4.2.2.2.1 advises for a responder whose status is never checked. */
    static final Duration VALIDITY = Duration.ofDays(90);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(DelegatedCredentials.class);

    /** One service, its files, its name and its certificate profile. */
    enum Role {
        OCSP_RESPONDER("ocsp", " OCSP Responder", CertificateType.OCSP_RESPONDER, CertificateExtensions::ocspResponder),
        TIME_STAMPING("tsa", " Time Stamping Authority", CertificateType.TIME_STAMPING,
                CertificateExtensions::timeStamping);

        private final String alias;
        private final String nameSuffix;
        private final CertificateType type;
        private final BiFunction<SubjectPublicKeyInfo, X509Certificate, List<Extension>> extensions;

        Role(String alias, String nameSuffix, CertificateType type,
             BiFunction<SubjectPublicKeyInfo, X509Certificate, List<Extension>> extensions) {
            this.alias = alias;
            this.nameSuffix = nameSuffix;
            this.type = type;
            this.extensions = extensions;
        }
    }

    private final CertificateAuthority ca;
    private final CaDirectory files;

    DelegatedCredentials(CertificateAuthority ca, CaDirectory files) {
        this.ca = ca;
        this.files = files;
    }

    synchronized Pkcs12.KeyEntry ensure(Role role, char[] password) {
        Path keyStore = keyStore(role);
        try {
            if (Files.isRegularFile(keyStore)) {
                Pkcs12.KeyEntry existing = Pkcs12.read(keyStore, role.alias, password);
                String problem = problem(role, existing);
                if (problem == null) {
                    return existing;
                }
                LOG.info("Replacing the {} certificate in {}: {}", role.type, keyStore, problem);
            }
            return create(role, password);
        } catch (KeyStorePasswordException e) {
            throw new WrongCaPasswordException(keyStore, e);
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not read or write " + keyStore + ": " + e.getMessage()
                    + "; delete it to have a new " + role.type + " certificate made", e);
        }
    }

    private Pkcs12.KeyEntry create(Role role, char[] password) throws IOException {
        KeyPair keys = keyAlgorithmOf(ca.intermediate().getPublicKey()).generate();
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        X509Certificate certificate = ca.issue(role.type, subject(role), key, validity(),
                role.extensions.apply(key, ca.intermediate()));
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
        chain.addAll(ca.chain());
        Pkcs12.KeyEntry entry = new Pkcs12.KeyEntry(keys.getPrivate(), chain);
        Pkcs12.write(keyStore(role), role.alias, entry, password);
        Pem.write(pem(role), certificate);
        LOG.info("Issued {} certificate {} into {}", role.type, IssuedCertificateIndex.hex(
                certificate.getSerialNumber()), keyStore(role));
        return entry;
    }

    /** Why a stored credential cannot be used any more, or null. */
    private String problem(Role role, Pkcs12.KeyEntry entry) {
        X509Certificate certificate = entry.certificate();
        List<X509Certificate> expectedChain = new ArrayList<>(List.of(certificate));
        expectedChain.addAll(ca.chain());
        if (!entry.chain().equals(expectedChain)) {
            return "its chain is not this CA's";
        }
        if (!certificate.getSubjectX500Principal().equals(subject(role))) {
            return "its subject is not " + subject(role);
        }
        if (ca.lookUp(certificate.getSerialNumber()).map(IssuedCertificate::isRevoked).orElse(true)) {
            return "it is revoked, or missing from the index";
        }
        if (certificate.getNotAfter().toInstant().isBefore(ca.now().plus(RENEW_BEFORE))) {
            return "it expires at " + certificate.getNotAfter().toInstant();
        }
        return null;
    }

    /** {@link #VALIDITY}, or less so as to end a minute before the intermediate. */
    private Duration validity() {
        Duration left = Duration.between(ca.now(), ca.intermediate().getNotAfter().toInstant().minusSeconds(60));
        return left.compareTo(VALIDITY) < 0 ? left : VALIDITY;
    }

    private X500Principal subject(Role role) {
        return CertificateAuthority.caName(ca.name() + role.nameSuffix);
    }

    private Path keyStore(Role role) {
        return role == Role.OCSP_RESPONDER ? files.ocspResponderKeyStore() : files.timeStampingKeyStore();
    }

    private Path pem(Role role) {
        return role == Role.OCSP_RESPONDER ? files.ocspResponderPem() : files.timeStampingPem();
    }

    /** Service keys are of the CA's own type: RSA of the intermediate's size, or EC P-256. */
    private static KeyAlgorithm keyAlgorithmOf(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() > 2048 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.RSA_2048;
        }
        return KeyAlgorithm.EC_P256;
    }
}
