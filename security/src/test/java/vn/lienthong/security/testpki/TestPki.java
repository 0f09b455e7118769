package vn.lienthong.security.testpki;

import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.trust.TrustAnchors;

/**
 * A throwaway PKI for tests: a root CA, an issuing intermediate CA and end-entity certificates that follow
 * the federation's {@link CertificateProfile}. Certificates are valid around {@link #NOW}, the instant
 * every test clock starts from. Key pairs are RSA-2048 or EC P-256.
 */
public final class TestPki {

    /** The instant test clocks show. */
    public static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    public static final MemberId MEMBER_A = new MemberId("VN", "GOV", "MPS");
    public static final MemberId MEMBER_B = new MemberId("VN", "GOV", "MOH");
    public static final SecurityServerId SERVER_A = new SecurityServerId(MEMBER_A, "SS-MPS");
    public static final SecurityServerId SERVER_B = new SecurityServerId(MEMBER_B, "SS-MOH");

    /** The key algorithm of every key in one PKI. */
    public enum Algorithm { RSA, EC }

    private static final AtomicLong SERIALS = new AtomicLong(1000);
    private static final Duration ONE_YEAR = Duration.ofDays(365);

    private static volatile TestPki rsa;
    private static volatile TestPki ec;
    private static volatile TestPki rogue;

    private final Algorithm algorithm;
    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final KeyPair intermediateKeys;
    private final X509Certificate intermediate;

    private TestPki(String name, Algorithm algorithm) {
        this.algorithm = algorithm;
        this.rootKeys = generateKeyPair(algorithm);
        X500Principal rootName = new X500Principal("CN=" + name + " Root CA, O=LienThong Test, C=VN");
        this.root = ca(rootName, rootKeys.getPublic(), rootName, rootKeys, null, 1);
        this.intermediateKeys = generateKeyPair(algorithm);
        this.intermediate = ca(new X500Principal("CN=" + name + " Issuing CA, O=LienThong Test, C=VN"),
                intermediateKeys.getPublic(), rootName, rootKeys, root, 0);
    }

    /** The federation's RSA PKI (built once per test JVM). */
    public static TestPki rsa() {
        if (rsa == null) {
            synchronized (TestPki.class) {
                if (rsa == null) {
                    rsa = new TestPki("LienThong RSA", Algorithm.RSA);
                }
            }
        }
        return rsa;
    }

    /** The federation's EC PKI. */
    public static TestPki ec() {
        if (ec == null) {
            synchronized (TestPki.class) {
                if (ec == null) {
                    ec = new TestPki("LienThong EC", Algorithm.EC);
                }
            }
        }
        return ec;
    }

    /** A second, unrelated CA that the federation does not approve. */
    public static TestPki rogue() {
        if (rogue == null) {
            synchronized (TestPki.class) {
                if (rogue == null) {
                    rogue = new TestPki("Rogue", Algorithm.RSA);
                }
            }
        }
        return rogue;
    }

    public static TestPki of(Algorithm algorithm) {
        return algorithm == Algorithm.RSA ? rsa() : ec();
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate intermediate() {
        return intermediate;
    }

    /** Root approved, intermediate known. */
    public TrustAnchors trustAnchors() {
        return TrustAnchors.of(List.of(root), List.of(intermediate));
    }

    /** A member signing credential valid for a year around {@link #NOW}; chain: leaf, intermediate. */
    public SigningCredential member(MemberId member) {
        return memberValid(member, NOW.minus(Duration.ofDays(30)), NOW.plus(ONE_YEAR));
    }

    public SigningCredential memberValid(MemberId member, Instant notBefore, Instant notAfter) {
        KeyPair keys = generateKeyPair(algorithm);
        X509Certificate leaf = endEntity(CertificateProfile.memberSubject(member), keys.getPublic(), notBefore, notAfter,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | keyTransportOrAgreement()), null);
        return new SigningCredential(keys.getPrivate(), new X509Certificate[] {leaf, intermediate});
    }

    /** A member certificate whose key usage allows only key encipherment / agreement (no signing). */
    public SigningCredential memberWithoutSigningUsage(MemberId member) {
        KeyPair keys = generateKeyPair(algorithm);
        X509Certificate leaf = endEntity(CertificateProfile.memberSubject(member), keys.getPublic(),
                NOW.minus(Duration.ofDays(30)), NOW.plus(ONE_YEAR), new KeyUsage(keyTransportOrAgreement()), null);
        return new SigningCredential(keys.getPrivate(), new X509Certificate[] {leaf, intermediate});
    }

    /** A security server authentication credential (TLS client and server). */
    public SigningCredential server(SecurityServerId server) {
        KeyPair keys = generateKeyPair(algorithm);
        X509Certificate leaf = endEntity(CertificateProfile.serverSubject(server), keys.getPublic(),
                NOW.minus(Duration.ofDays(30)), NOW.plus(ONE_YEAR),
                new KeyUsage(KeyUsage.digitalSignature | keyTransportOrAgreement()),
                new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth}));
        return new SigningCredential(keys.getPrivate(), new X509Certificate[] {leaf, intermediate});
    }

    /** The issuing CA's key and certificate (chain: intermediate, root), e.g. to sign OCSP responses as the CA. */
    public SigningCredential intermediateCredential() {
        return new SigningCredential(intermediateKeys.getPrivate(), new X509Certificate[] {intermediate, root});
    }

    /** The root CA's key and certificate: the CA that answers OCSP requests about the intermediate. */
    public SigningCredential rootCredential() {
        return new SigningCredential(rootKeys.getPrivate(), new X509Certificate[] {root});
    }

    /** A delegated OCSP responder of the issuing CA: extended key usage OCSPSigning, id-pkix-ocsp-nocheck. */
    public SigningCredential ocspResponder() {
        KeyPair keys = generateKeyPair(algorithm);
        X509Certificate leaf = endEntity(new X500Principal("CN=OCSP responder, O=LienThong Test, C=VN"),
                keys.getPublic(), NOW.minus(Duration.ofDays(30)), NOW.plus(ONE_YEAR),
                new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning),
                noCheck());
        return new SigningCredential(keys.getPrivate(), new X509Certificate[] {leaf, intermediate});
    }

    /** A member signing credential whose certificate names {@code ocsp} in its authority information access. */
    public SigningCredential memberWithOcsp(MemberId member, URI ocsp) {
        KeyPair keys = generateKeyPair(algorithm);
        X509Certificate leaf = endEntity(CertificateProfile.memberSubject(member), keys.getPublic(),
                NOW.minus(Duration.ofDays(30)), NOW.plus(ONE_YEAR),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | keyTransportOrAgreement()), null,
                aia(ocsp));
        return new SigningCredential(keys.getPrivate(), new X509Certificate[] {leaf, intermediate});
    }

    /**
     * What the CA issues for a certification request: a member signing certificate, or with {@code tlsAuth}
     * a security server authentication certificate, for {@code key} and {@code subject}.
     */
    public X509Certificate issue(X500Principal subject, PublicKey key, Instant notBefore, Instant notAfter,
                                 boolean tlsAuth) {
        int transport = "RSA".equals(key.getAlgorithm()) ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
        return tlsAuth
                ? endEntity(subject, key, notBefore, notAfter, new KeyUsage(KeyUsage.digitalSignature | transport),
                        new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth}))
                : endEntity(subject, key, notBefore, notAfter,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | transport), null);
    }

    private static Extension noCheck() {
        try {
            return new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE.getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Extension aia(URI ocsp) {
        try {
            return new Extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    X509ObjectIdentifiers.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier,
                    ocsp.toString())).getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int keyTransportOrAgreement() {
        return algorithm == Algorithm.RSA ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
    }

    private X509Certificate ca(X500Principal subject, PublicKey key, X500Principal issuer, KeyPair issuerKeys,
                               X509Certificate issuerCertificate, int pathLength) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
                    Date.from(NOW.minus(Duration.ofDays(3650))), Date.from(NOW.plus(Duration.ofDays(3650))), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuerCertificate));
            }
            return sign(builder, issuerKeys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate endEntity(X500Principal subject, PublicKey key, Instant notBefore, Instant notAfter,
                                      KeyUsage keyUsage, ExtendedKeyUsage extendedKeyUsage, Extension... extra) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(intermediate, serial(),
                    Date.from(notBefore), Date.from(notAfter), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, keyUsage)
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(intermediate));
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, extendedKeyUsage);
            }
            for (Extension extension : extra) {
                builder.addExtension(extension);
            }
            return sign(builder, intermediateKeys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            String algorithmName = algorithm == Algorithm.RSA ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithmName).build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static KeyPair generateKeyPair(Algorithm algorithm) {
        try {
            if (algorithm == Algorithm.RSA) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
