package vn.lienthong.messagelog;

/** A failure of the message log. Subtypes say which one; callers map them to SOAP faults with {@link #faultCode(Side)}. */
public class MessageLogException extends RuntimeException {

    public MessageLogException(String message) {
        super(message);
    }

    public MessageLogException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The X-Road-style fault code for this failure seen from {@code side}, e.g. {@code Server.ClientProxy.LoggingFailed}. */
    public String faultCode(Side side) {
        return side.faultPrefix() + ".LoggingFailed";
    }
}
