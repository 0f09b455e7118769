package vn.lienthong.conf.profile;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * How certificate subjects name federation parties (the federation's certificate profile).
 *
 * <p>A member signing certificate: {@code C=VN, O=<memberClass>, OU=<instance>, CN=<memberCode>,
 * SERIALNUMBER=<instance>/<memberClass>/<memberCode>}. A security server authentication certificate:
 * {@code C=VN, O=<memberClass>, OU=<instance>, CN=<serverCode>,
 * SERIALNUMBER=<instance>/<memberClass>/<memberCode>/<serverCode>}. The serial number attribute
 * carries the full identifier so that a verifier can name the party without any other look-up.
 */
public final class CertificateProfile {

    private CertificateProfile() {
    }

    public static X500Principal memberSubject(MemberId member) {
        return subject(member.memberClass(), member.instance(), member.memberCode(), member.toString());
    }

    public static X500Principal serverSubject(SecurityServerId server) {
        MemberId owner = server.owner();
        return subject(owner.memberClass(), owner.instance(), server.serverCode(), server.toString());
    }

    /** The member a signing certificate names, if its subject follows this profile. */
    public static Optional<MemberId> memberOf(X509Certificate certificate) {
        return serialNumber(certificate.getSubjectX500Principal()).flatMap(sn -> {
            try {
                return Optional.of(MemberId.parse(sn));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The security server an authentication certificate names, if its subject follows this profile. */
    public static Optional<SecurityServerId> serverOf(X509Certificate certificate) {
        return serialNumber(certificate.getSubjectX500Principal()).flatMap(sn -> {
            try {
                return Optional.of(SecurityServerId.parse(sn));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The SERIALNUMBER attribute of a subject (OID 2.5.4.5), if present. */
    public static Optional<String> serialNumber(X500Principal subject) {
        try {
            LdapName name = new LdapName(subject.getName(X500Principal.RFC2253));
            for (Rdn rdn : name.getRdns()) {
                String type = rdn.getType();
                if ("2.5.4.5".equals(type) || "SERIALNUMBER".equalsIgnoreCase(type)) {
                    Object value = rdn.getValue();
                    if (value instanceof String s) {
                        return Optional.of(s);
                    }
                    if (value instanceof byte[] der) {
                        return Optional.of(DerStrings.decode(der));
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static X500Principal subject(String memberClass, String instance, String cn, String serialNumber) {
        // RFC 2253 order is most-specific first.
        String dn = "SERIALNUMBER=" + Rdn.escapeValue(serialNumber) + ",CN=" + Rdn.escapeValue(cn)
                + ",OU=" + Rdn.escapeValue(instance) + ",O=" + Rdn.escapeValue(memberClass) + ",C=VN";
        return new X500Principal(dn, java.util.Map.of("SERIALNUMBER", "2.5.4.5"));
    }
}
