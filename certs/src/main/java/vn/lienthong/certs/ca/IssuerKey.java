package vn.lienthong.certs.ca;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.certs.crypto.SignatureAlgorithms;

/** A CA's private key with the name it signs as; certifies a public key under a subject with given extensions. */
record IssuerKey(X500Principal name, PrivateKey privateKey) {

    /** The issuing side of an existing CA certificate. */
    static IssuerKey of(X509Certificate certificate, PrivateKey privateKey) {
        return new IssuerKey(certificate.getSubjectX500Principal(), privateKey);
    }

    /** What to put into one certificate. */
    record Request(BigInteger serial, X500Principal subject, SubjectPublicKeyInfo publicKey, Instant notBefore,
                   Instant notAfter, List<Extension> extensions) {
    }

    X509Certificate certify(Request request) {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(name.getEncoded()), request.serial(),
                Date.from(request.notBefore()), Date.from(request.notAfter()),
                X500Name.getInstance(request.subject().getEncoded()), request.publicKey());
        try {
            for (Extension extension : request.extensions()) {
                builder.addExtension(extension);
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(SignatureAlgorithms.forKey(privateKey)).build(privateKey)));
        } catch (CertIOException | OperatorCreationException | CertificateException e) {
            throw new CertificateAuthorityException("could not sign the certificate for " + request.subject()
                    + " with the key of " + name + ": " + e.getMessage(), e);
        }
    }
}
