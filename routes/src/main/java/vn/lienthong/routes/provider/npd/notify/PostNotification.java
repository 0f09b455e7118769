package vn.lienthong.routes.provider.npd.notify;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.messaging.DeliveryFailed;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * Deliver: posts a queued notification to the subscriber's callback URL as the NPD's X-Road request to
 * the subscriber's notifyChange service. Anything but HTTP 200 is a failed delivery, to be retried.
 */
public final class PostNotification implements Processor {

    private final String npdClient;

    /** @param npdClient the NPD's X-Road subsystem id, the client of every notification ({@code VN/GOV/MPS/NPD}) */
    public PostNotification(String npdClient) {
        this.npdClient = npdClient;
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        String url = exchange.getIn().getHeader(WriteNotification.CALLBACK_URL, String.class);
        String subscriber = exchange.getIn().getHeader(WriteNotification.SUBSCRIBER, String.class);
        XRoadCall call = new XRoadCall(npdClient, subscriber + "/notifyChange/v1", npdClient);
        XRoadCall.Reply reply;
        try {
            reply = call.post(url, exchange.getIn().getBody(String.class), null);
        } catch (IOException e) {
            throw new DeliveryFailed("subscriber " + subscriber + " unreachable at " + url, e);
        }
        if (!reply.ok()) {
            throw new DeliveryFailed("subscriber " + subscriber + " answered HTTP " + reply.status());
        }
    }
}
