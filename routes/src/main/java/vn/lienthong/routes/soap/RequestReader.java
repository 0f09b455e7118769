package vn.lienthong.routes.soap;

import java.time.Clock;
import org.apache.camel.Exchange;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Reads a SOAP request from an HTTP exchange into a {@link ProxyMessage}: refuses it when it is over the
 * size limit, not XML, not SOAP, or its X-Road headers are missing, duplicated or wrong.
 */
public final class RequestReader {

    private final long maxBytes;
    private final Clock clock;
    private final FaultOrigin origin;

    public RequestReader(long maxBytes, Clock clock, FaultOrigin origin) {
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.origin = origin;
    }

    public ProxyMessage read(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        ProxyMessage message = new ProxyMessage(clock.instant(), body == null ? new byte[0] : body);
        exchange.setProperty(ProxyMessage.PROPERTY, message);
        if (body == null || body.length == 0) {
            throw new BusFault(origin, ErrorCode.INVALID_SOAP, "the request has no body: POST a SOAP envelope");
        }
        if (body.length > maxBytes) {
            throw new BusFault(origin, ErrorCode.MESSAGE_TOO_LARGE,
                    "the message has " + body.length + " bytes, the limit is " + maxBytes);
        }
        SoapEnvelope envelope = SoapEnvelope.of(SafeXml.parse(body, origin), origin);
        message.request(envelope);
        message.headers(XRoadHeaderParser.parse(envelope, origin));
        return message;
    }
}
