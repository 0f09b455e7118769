package vn.lienthong.security.ocsp;

/** No valid OCSP answer: the responder could not be reached or its answer was refused. Message says which. */
final class OcspResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    OcspResponseException(String message) {
        super(message);
    }

    OcspResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
