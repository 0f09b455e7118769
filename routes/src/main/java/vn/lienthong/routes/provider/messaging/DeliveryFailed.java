package vn.lienthong.routes.provider.messaging;

/** The far side did not take a delivery (unreachable, or it answered with an error): retry later. */
public final class DeliveryFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeliveryFailed(String message) {
        super(message);
    }

    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
