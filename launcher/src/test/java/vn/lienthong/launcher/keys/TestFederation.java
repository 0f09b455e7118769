package vn.lienthong.launcher.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A security server's configuration folder for CLI tests: server.properties, a federation file approving a
 * throwaway CA (root and issuing CA), the keystore password file. Also plays that CA, and an unapproved one.
 */
final class TestFederation {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final String PASSWORD = "s3cret-keystore-password";

    private static final AtomicLong SERIALS = new AtomicLong(5000);

    private final Path config;
    private final Ca approved;
    private final Ca rogue;

    private record Ca(KeyPair keys, X509Certificate certificate, X509Certificate root) {
    }

    private TestFederation(Path config) {
        this.config = config;
        this.approved = ca("Test");
        this.rogue = ca("Rogue");
    }

    static TestFederation create(Path config) {
        TestFederation federation = new TestFederation(config);
        federation.writeFiles();
        return federation;
    }

    Path config() {
        return config;
    }

    Path keys() {
        return config.resolve("keys");
    }

    /** What the approved CA issues for a PEM request: a signing or (with {@code auth}) an authentication certificate. */
    Path issue(Path csrPem, Instant notAfter, boolean auth, String fileName) {
        return write(fileName, issue(approved, csrPem, notAfter, auth));
    }

    Path issueByRogue(Path csrPem, String fileName) {
        return write(fileName, issue(rogue, csrPem, NOW.plus(Duration.ofDays(365)), false));
    }

    private void writeFiles() {
        try {
            Files.createDirectories(config.resolve("pki"));
            write("pki/root.pem", approved.root());
            write("pki/intermediate.pem", approved.certificate());
            Files.writeString(config.resolve("password"), PASSWORD + "\n");
            Files.writeString(config.resolve("federation.xml"), """
                    <federation instance="VN">
                      <approvedCa name="Test CA" root="pki/root.pem" intermediate="pki/intermediate.pem"/>
                      <member class="GOV" code="MPS" name="Ministry of Public Security"/>
                      <securityServer owner="VN/GOV/MPS" code="SS-MPS" host="127.0.0.1" port="5500"/>
                    </federation>
                    """);
            Files.writeString(config.resolve("server.properties"), """
                    lienthong.server.id=VN/GOV/MPS/SS-MPS
                    lienthong.federation.file=federation.xml
                    lienthong.keys.password-file=password
                    lienthong.keys.auth=keys/auth.p12
                    lienthong.keys.signing.VN/GOV/MPS=keys/signing.p12
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate issue(Ca ca, Path csrPem, Instant notAfter, boolean auth) {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(csrPem)))) {
            JcaPKCS10CertificationRequest request = new JcaPKCS10CertificationRequest(
                    (PKCS10CertificationRequest) parser.readObject());
            PublicKey key = request.getPublicKey();
            int transport = "RSA".equals(key.getAlgorithm()) ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
                    Date.from(NOW.minus(Duration.ofDays(1))), Date.from(notAfter),
                    new X500Principal(request.getSubject().getEncoded()), key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (auth) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | transport))
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                                new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth}));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | transport));
            }
            return sign(builder, ca.keys());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ca ca(String name) {
        try {
            KeyPair rootKeys = rsa();
            X500Principal rootName = new X500Principal("CN=" + name + " Root CA, O=LienThong Test, C=VN");
            X509Certificate root = sign(caBuilder(rootName, rootName, rootKeys.getPublic(), 1), rootKeys);
            KeyPair issuingKeys = rsa();
            X509Certificate issuing = sign(caBuilder(rootName,
                    new X500Principal("CN=" + name + " Issuing CA, O=LienThong Test, C=VN"), issuingKeys.getPublic(), 0),
                    rootKeys);
            return new Ca(issuingKeys, issuing, root);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509v3CertificateBuilder caBuilder(X500Principal issuer, X500Principal subject, PublicKey key,
                                                      int pathLength) throws IOException {
        return new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(NOW.minus(Duration.ofDays(3650))),
                Date.from(NOW.plus(Duration.ofDays(3650))), subject, key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private Path write(String fileName, X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = config.resolve(fileName);
        try {
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
