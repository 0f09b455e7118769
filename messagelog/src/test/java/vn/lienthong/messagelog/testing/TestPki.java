package vn.lienthong.messagelog.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.messagelog.trust.PemCertificates;

/**
 * A throwaway PKI built in the test: a root CA (EC P-256), a TSA certificate with the critical extended key usage
 * timeStamping only, and a message signer; all valid around {@link #NOW}.
 */
public final class TestPki {

    public static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final AtomicLong SERIALS = new AtomicLong(100);

    public final KeyPair rootKey = ecKey();
    public final X509Certificate root;
    public final KeyPair tsaKey = ecKey();
    public final X509Certificate tsa;
    public final KeyPair signerKey = ecKey();
    public final X509Certificate signer;

    public TestPki(String name) {
        try {
            root = issue("CN=" + name + " Root CA", rootKey, "CN=" + name + " Root CA", rootKey, true, null);
            tsa = issue("CN=" + name + " TSA", tsaKey, "CN=" + name + " Root CA", rootKey, false, KeyPurposeId.id_kp_timeStamping);
            signer = issue("C=VN, O=MPS, CN=VN/GOV/MPS", signerKey, "CN=" + name + " Root CA", rootKey, false, null);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public Set<TrustAnchor> rootAnchor() {
        return Set.of(new TrustAnchor(root, null));
    }

    public Path writeRootPem(Path dir) throws IOException {
        Path p = dir.resolve("root.pem");
        Files.writeString(p, PemCertificates.toPem(List.of(root)));
        return p;
    }

    private static X509Certificate issue(String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey, boolean ca,
                                         KeyPurposeId purpose)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                Date.from(Instant.parse("2040-01-01T00:00:00Z")), new X500Name(subject), subjectKey.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ca) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        if (purpose != null) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())));
    }

    private static KeyPair ecKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
