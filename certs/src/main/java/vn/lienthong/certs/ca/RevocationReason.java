package vn.lienthong.certs.ca;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a certificate was revoked: the CRLReason codes of RFC 5280 section 5.3.1, by their ASN.1 names. The CA
 * revokes for good, so it does not accept {@code certificateHold} (a suspension) or {@code removeFromCRL} (a
 * delta-CRL marker).
 */
public enum RevocationReason {
    UNSPECIFIED("unspecified", 0),
    KEY_COMPROMISE("keyCompromise", 1),
    CA_COMPROMISE("cACompromise", 2),
    AFFILIATION_CHANGED("affiliationChanged", 3),
    SUPERSEDED("superseded", 4),
    CESSATION_OF_OPERATION("cessationOfOperation", 5),
    CERTIFICATE_HOLD("certificateHold", 6),
    REMOVE_FROM_CRL("removeFromCRL", 8),
    PRIVILEGE_WITHDRAWN("privilegeWithdrawn", 9),
    AA_COMPROMISE("aACompromise", 10);

    private final String rfcName;
    private final int code;

    RevocationReason(String rfcName, int code) {
        this.rfcName = rfcName;
        this.code = code;
    }

    /** The name RFC 5280 gives the reason, e.g. {@code keyCompromise}. */
    public String rfcName() {
        return rfcName;
    }

    /** The CRLReason code, as carried in CRL entries and OCSP answers. */
    public int code() {
        return code;
    }

    /** Whether the CA revokes certificates with this reason (every reason but a hold and removeFromCRL). */
    public boolean isFinal() {
        return this != CERTIFICATE_HOLD && this != REMOVE_FROM_CRL;
    }

    /** The reason named {@code text}: its RFC 5280 name in any case (e.g. {@code keyCompromise}) or its code. */
    public static RevocationReason parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (RevocationReason reason : values()) {
            if (reason.rfcName.equalsIgnoreCase(wanted) || reason.name().equalsIgnoreCase(wanted)
                    || String.valueOf(reason.code).equals(wanted)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a revocation reason: use one of " + finalNames());
    }

    /** The RFC 5280 code {@code code}. */
    public static RevocationReason ofCode(int code) {
        return Arrays.stream(values()).filter(r -> r.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no RFC 5280 revocation reason has code " + code));
    }

    /** The names of the reasons the CA accepts, comma-separated, for messages. */
    public static String finalNames() {
        return Arrays.stream(values()).filter(RevocationReason::isFinal).map(RevocationReason::rfcName)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return rfcName;
    }

    static RevocationReason ofIndexField(String field) {
        return valueOf(field.toUpperCase(Locale.ROOT));
    }
}
