package vn.lienthong.routes.error;

/**
 * The stable error-code taxonomy of the bus. A fault code is {@code <origin>.<code>}, for example
 * {@code Client.MissingHeaderField} or {@code Server.ServerProxy.AccessDenied}; README.md explains each.
 */
public enum ErrorCode {
    // the message itself
    INVALID_XML("InvalidXml"),
    INVALID_SOAP("InvalidSoap"),
    MISSING_BODY("MissingBody"),
    MISSING_HEADER_FIELD("MissingHeaderField"),
    DUPLICATE_HEADER_FIELD("DuplicateHeaderField"),
    INVALID_HEADER_FIELD("InvalidHeaderField"),
    INVALID_PROTOCOL_VERSION("InvalidProtocolVersion"),
    MESSAGE_TOO_LARGE("MessageTooLarge"),
    INVALID_REQUEST("InvalidRequest"),
    // who and what
    UNKNOWN_MEMBER("UnknownMember"),
    CLIENT_NOT_LOCAL("ClientNotLocal"),
    UNKNOWN_SERVICE("UnknownService"),
    ACCESS_DENIED("AccessDenied"),
    // between security servers
    NETWORK_ERROR("NetworkError"),
    SSL_AUTHENTICATION_FAILED("SslAuthenticationFailed"),
    MISSING_SECURITY_HEADER("MissingSecurityHeader"),
    INVALID_SECURITY_HEADER("InvalidSecurityHeader"),
    INVALID_SIGNATURE_VALUE("InvalidSignatureValue"),
    UNSIGNED_ELEMENT("UnsignedElement"),
    BODY_NOT_ENCRYPTED("BodyNotEncrypted"),
    DECRYPTION_FAILED("DecryptionFailed"),
    MISSING_TIMESTAMP("MissingTimestamp"),
    STALE_TIMESTAMP("StaleTimestamp"),
    TIMESTAMP_IN_FUTURE("TimestampInFuture"),
    REPLAYED_MESSAGE("ReplayedMessage"),
    UNTRUSTED_CERTIFICATE("UntrustedCertificate"),
    CERTIFICATE_EXPIRED("CertificateExpired"),
    CERTIFICATE_REVOKED("CertificateRevoked"),
    CERTIFICATE_STATUS_UNKNOWN("CertificateStatusUnknown"),
    UNSUPPORTED_SECURITY_TOKEN("UnsupportedSecurityToken"),
    SIGNER_MISMATCH("SignerMismatch"),
    INCONSISTENT_RESPONSE("InconsistentResponse"),
    // the provider information system
    SERVICE_UNREACHABLE("ServiceUnreachable"),
    SERVICE_TIMEOUT("ServiceTimeout"),
    INVALID_SERVICE_RESPONSE("InvalidServiceResponse"),
    // trust
    OUTDATED_GLOBALCONF("OutdatedGlobalConf"),
    // the message log (Circular 46/2022 Art. 8: no exchange without its log entry)
    LOGGING_FAILED("LoggingFailed"),
    TIMESTAMPER_FAILED("LoggingFailed.TimestamperFailed"),
    // ourselves
    INTERNAL_ERROR("InternalError");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
