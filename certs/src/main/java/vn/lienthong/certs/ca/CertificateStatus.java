package vn.lienthong.certs.ca;

/**
 * The status of an issued certificate as the CA's index records it (the index letters follow OpenSSL's
 * {@code index.txt}). Status answers for OCSP are derived from it.
 */
public enum CertificateStatus {
    VALID("V"),
    REVOKED("R");

    private final String code;

    CertificateStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static CertificateStatus ofCode(String code) {
        for (CertificateStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown certificate status '" + code + "'");
    }
}
