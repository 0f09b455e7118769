package vn.lienthong.launcher.ca;

import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** A distinguished name in the form {@code openssl req -subj} takes: {@code /C=VN/O=GOV/.../serialNumber=VN\/GOV\/MPS}. */
final class OpensslSubject {

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.of(
            BCStyle.C, "C", BCStyle.O, "O", BCStyle.OU, "OU", BCStyle.CN, "CN", BCStyle.SERIALNUMBER, "serialNumber",
            BCStyle.L, "L", BCStyle.ST, "ST");

    private OpensslSubject() {
    }

    static String of(X500Principal principal) {
        StringBuilder subject = new StringBuilder();
        for (RDN rdn : X500Name.getInstance(principal.getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                String name = NAMES.getOrDefault(attribute.getType(), attribute.getType().getId());
                String raw = attribute.getValue() instanceof ASN1String text ? text.getString()
                        : IETFUtils.valueToString(attribute.getValue());
                String value = raw.replace("\\", "\\\\")
                        .replace("/", "\\/").replace("+", "\\+");
                subject.append('/').append(name).append('=').append(value);
            }
        }
        return subject.toString();
    }
}
