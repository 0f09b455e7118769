package vn.lienthong.launcher.audit;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.lienthong.messagelog.timestamp.TimeStampResult;
import vn.lienthong.messagelog.timestamp.TimeStamper;

/** A time-stamping authority inside the test: a throwaway root and a TSA certificate (critical EKU timeStamping). */
final class InProcessTsa implements TimeStamper {

    private final AtomicLong serials = new AtomicLong();
    private final Clock clock;
    final X509Certificate root;
    private final X509Certificate tsa;
    private final KeyPair tsaKey;

    InProcessTsa(Clock clock) throws Exception {
        this.clock = clock;
        KeyPair rootKey = ec();
        this.tsaKey = ec();
        this.root = certificate("CN=Audit Test Root", rootKey, "CN=Audit Test Root", rootKey, true);
        this.tsa = certificate("CN=Audit Test TSA", tsaKey, "CN=Audit Test Root", rootKey, false);
    }

    @Override
    public TimeStampResult stamp(byte[] sha256Digest) {
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKey.getPrivate(), tsa),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.2"));
            generator.addCertificates(new JcaCertStore(List.of(tsa)));
            var request = new org.bouncycastle.tsp.TimeStampRequestGenerator();
            request.setCertReq(true);
            var token = generator.generate(request.generate(NISTObjectIdentifiers.id_sha256, sha256Digest),
                    BigInteger.valueOf(serials.incrementAndGet()), Date.from(clock.instant()));
            return new TimeStampResult.Stamped(token.getEncoded(), clock.instant());
        } catch (Exception e) {
            return new TimeStampResult.Failed(e.toString());
        }
    }

    private static X509Certificate certificate(String subject, KeyPair key, String issuer, KeyPair issuerKey, boolean ca)
            throws Exception {
        var b = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                new X500Name(subject), key.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (!ca) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())));
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }
}
