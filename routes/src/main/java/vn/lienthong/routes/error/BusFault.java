package vn.lienthong.routes.error;

/**
 * A refusal with an X-Road-style fault code and a message that is safe to show to the caller.
 * Thrown by route steps; the fault responder turns it into a SOAP fault.
 */
public class BusFault extends RuntimeException {

    private final FaultOrigin origin;
    private final ErrorCode code;

    public BusFault(FaultOrigin origin, ErrorCode code, String message) {
        super(message, null, false, false);
        this.origin = origin;
        this.code = code;
    }

    public BusFault(FaultOrigin origin, ErrorCode code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.origin = origin;
        this.code = code;
    }

    public FaultOrigin origin() {
        return origin;
    }

    public ErrorCode errorCode() {
        return code;
    }

    /** The full code, e.g. {@code Server.ServerProxy.AccessDenied}. */
    public String faultCode() {
        return origin.prefix() + "." + code.code();
    }
}
