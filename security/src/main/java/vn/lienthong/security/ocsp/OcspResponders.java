package vn.lienthong.security.ocsp;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;

/** Which responder answers for a certificate: the configured override for its CA, else its AIA OCSP URL. */
final class OcspResponders {

    private static final String AIA = Extension.authorityInfoAccess.getId();

    private final Map<X500Principal, URI> overrides;

    OcspResponders(Map<X500Principal, URI> overrides) {
        this.overrides = overrides;
    }

    /**
     * Whether a responder is known for this certificate: an override for its CA, or an AIA OCSP URL. Asked for every CA
     * certificate of every path, so it looks the extension up among the certificate's extension identifiers: the JDK's
     * {@code getExtensionValue} builds an exception each time the extension is absent.
     */
    boolean knows(X509Certificate certificate) {
        return overrides.containsKey(certificate.getIssuerX500Principal()) || hasExtension(certificate, AIA);
    }

    private static boolean hasExtension(X509Certificate certificate, String oid) {
        Set<String> nonCritical = certificate.getNonCriticalExtensionOIDs();
        Set<String> critical = certificate.getCriticalExtensionOIDs();
        return nonCritical != null && nonCritical.contains(oid) || critical != null && critical.contains(oid);
    }

    URI responderFor(X509Certificate certificate) throws OcspResponseException {
        URI override = overrides.get(certificate.getIssuerX500Principal());
        if (override != null) {
            return override;
        }
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension != null) {
            try {
                AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                        ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extension).getOctets()));
                for (AccessDescription description : aia.getAccessDescriptions()) {
                    GeneralName location = description.getAccessLocation();
                    if (X509ObjectIdentifiers.id_ad_ocsp.equals(description.getAccessMethod())
                            && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        return URI.create(location.getName().toString());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new OcspResponseException("the authority information access of certificate serial "
                        + certificate.getSerialNumber().toString(16) + " is unreadable: " + e.getMessage(), e);
            }
        }
        throw new OcspResponseException("certificate serial " + certificate.getSerialNumber().toString(16)
                + " names no OCSP responder and none is configured for its CA "
                + certificate.getIssuerX500Principal().getName());
    }
}
