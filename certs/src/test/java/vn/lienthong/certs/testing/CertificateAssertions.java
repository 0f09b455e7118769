package vn.lienthong.certs.testing;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.cert.X509Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/** Reads certificate details the JDK does not expose directly, and validates chains with the JDK's PKIX code. */
public final class CertificateAssertions {

    private CertificateAssertions() {
    }

    public static byte[] subjectKeyIdentifier(X509Certificate certificate) {
        return ASN1OctetString.getInstance(extensionOctets(certificate, Extension.subjectKeyIdentifier.getId()))
                .getOctets();
    }

    /** Of a certificate or a CRL. */
    public static byte[] authorityKeyIdentifier(X509Extension certificate) {
        return AuthorityKeyIdentifier.getInstance(
                extensionOctets(certificate, Extension.authorityKeyIdentifier.getId())).getKeyIdentifierOctets();
    }

    /** Validates leaf and chain against {@code root} with the JDK's PKIX validator (revocation off: no CRL yet). */
    public static PKIXCertPathValidatorResult validate(X509Certificate root, X509Certificate... path)
            throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        List<X509Certificate> certificates = new ArrayList<>(List.of(path));
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(certificates), parameters);
    }

    private static byte[] extensionOctets(X509Extension certificate, String oid) {
        byte[] value = certificate.getExtensionValue(oid);
        if (value == null) {
            throw new AssertionError(certificate + " has no extension " + oid);
        }
        return ASN1OctetString.getInstance(value).getOctets();
    }
}
