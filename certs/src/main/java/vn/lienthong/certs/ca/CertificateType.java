package vn.lienthong.certs.ca;

/** The kinds of end-entity certificate the federation CA issues. */
public enum CertificateType {
    /** A member's signing certificate, also used as the recipient certificate for encrypted message bodies. */
    SIGNING,
    /** A security server's TLS (client and server) authentication certificate. */
    AUTHENTICATION,
    /** The CA's delegated OCSP responder (extended key usage OCSPSigning, id-pkix-ocsp-nocheck). */
    OCSP_RESPONDER,
    /** The CA's time-stamping authority (critical extended key usage timeStamping only). */
    TIME_STAMPING
}
