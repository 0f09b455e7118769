package vn.lienthong.routes.error;

/**
 * A SOAP fault that the other security server returned: it travels back to the information system
 * unchanged, with the other server's code and detail id, so both logs point at the same event.
 */
public final class RemoteFault extends BusFault {

    private final byte[] envelope;
    private final String remoteCode;

    public RemoteFault(String remoteCode, String faultString, byte[] envelope) {
        super(FaultOrigin.SERVER_PROXY, ErrorCode.INTERNAL_ERROR, faultString);
        this.envelope = envelope.clone();
        this.remoteCode = remoteCode;
    }

    public byte[] envelope() {
        return envelope.clone();
    }

    @Override
    public String faultCode() {
        return remoteCode;
    }
}
