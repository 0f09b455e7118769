package vn.lienthong.security.keyconf;

import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.security.trust.CertificatePurpose;

/**
 * A key's job: signing for one member ({@code signing:VN/GOV/MPS}) or authenticating one security server
 * ({@code auth:VN/GOV/MPS/SS-MPS}). At most one key per purpose is active.
 */
public record KeyPurpose(KeyRole role, String owner) {

    public KeyPurpose {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(owner, "owner");
        if (role == KeyRole.SIGNING) {
            MemberId.parse(owner);
        } else {
            SecurityServerId.parse(owner);
        }
    }

    public static KeyPurpose signing(MemberId member) {
        return new KeyPurpose(KeyRole.SIGNING, member.toString());
    }

    public static KeyPurpose auth(SecurityServerId server) {
        return new KeyPurpose(KeyRole.AUTH, server.toString());
    }

    /**
     * Parses {@code signing:INSTANCE/CLASS/CODE} or {@code auth:INSTANCE/CLASS/CODE/SERVER}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static KeyPurpose parse(String text) {
        int colon = text.indexOf(':');
        String role = colon < 0 ? "" : text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String owner = colon < 0 ? "" : text.substring(colon + 1).trim();
        return switch (role) {
            case "signing" -> signing(MemberId.parse(owner));
            case "auth" -> auth(SecurityServerId.parse(owner));
            default -> throw new IllegalArgumentException("'" + text
                    + "' names no key purpose: use signing:INSTANCE/CLASS/MEMBER or auth:INSTANCE/CLASS/MEMBER/SERVER");
        };
    }

    /** The certificate subject the federation's profile prescribes for this purpose. */
    public X500Principal subject() {
        return role == KeyRole.SIGNING
                ? CertificateProfile.memberSubject(MemberId.parse(owner))
                : CertificateProfile.serverSubject(SecurityServerId.parse(owner));
    }

    /** The usages an issued certificate must allow. */
    CertificatePurpose[] certificatePurposes() {
        return role == KeyRole.SIGNING
                ? new CertificatePurpose[] {CertificatePurpose.MESSAGE_SIGNING}
                : new CertificatePurpose[] {CertificatePurpose.TLS_CLIENT, CertificatePurpose.TLS_SERVER};
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(Locale.ROOT) + ":" + owner;
    }
}
