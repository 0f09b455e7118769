package vn.lienthong.security.token;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key stores keep a private key only together with a certificate. Until the CA issues one, a new key is
 * stored with a self-signed placeholder, which is recognised (self-signed by the key itself) and never
 * reported or used as a credential.
 */
final class PlaceholderCertificates {

    private static final Instant NOT_BEFORE = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("9999-12-31T23:59:59Z");

    private PlaceholderCertificates() {
    }

    static X509Certificate create(String alias, KeyPair keys, KeyType type, Provider provider)
            throws GeneralSecurityException {
        X500Principal name = new X500Principal("CN=" + alias + ", O=LienThong key without certificate");
        try {
            JcaContentSignerBuilder signer = new JcaContentSignerBuilder(type.certificateSignature());
            if (provider != null) {
                signer.setProvider(provider);
            }
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.ONE, Date.from(NOT_BEFORE), Date.from(NOT_AFTER), name, keys.getPublic())
                    .build(signer.build(keys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the placeholder certificate: " + e.getMessage(), e);
        }
    }

    static boolean isPlaceholder(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                || certificate.getBasicConstraints() >= 0) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
