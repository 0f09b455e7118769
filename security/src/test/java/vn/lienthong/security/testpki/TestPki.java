package vn.lienthong.security.testpki;

import java.math.BigInteger;
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
import org.bouncycastle.asn1.x509.BasicConstraints;
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
                                      KeyUsage keyUsage, ExtendedKeyUsage extendedKeyUsage) {
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
