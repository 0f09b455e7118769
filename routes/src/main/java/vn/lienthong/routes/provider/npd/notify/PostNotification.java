package vn.lienthong.routes.provider.npd.notify;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.messaging.DeliveryFailed;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * Deliver: posts a queued notification as the NPD's X-Road request to the subscriber's notifyChange
 * service: to the NPD's own security server's client proxy when one is configured (in a federation: the
 * bus routes it by the service header to the subscriber's security server, which logs and forwards it),
 * otherwise straight to the subscription's callback URL. Anything but HTTP 200 is a failed delivery, to be retried.
 */
public final class PostNotification implements Processor {

    private final String npdClient;
    private final String clientProxy;

    /** @param npdClient the NPD's X-Road subsystem id, the client of every notification ({@code VN/GOV/MPS/NPD}) */
    public PostNotification(String npdClient) {
        this(npdClient, null);
    }

    /**
     * @param npdClient the NPD's X-Road subsystem id, the client of every notification ({@code VN/GOV/MPS/NPD})
     * @param clientProxy the NPD's security server's client proxy URL, or null to post to each callback URL
     */
    public PostNotification(String npdClient, String clientProxy) {
        this.npdClient = npdClient;
        this.clientProxy = clientProxy;
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        String url = clientProxy != null ? clientProxy : exchange.getIn().getHeader(WriteNotification.CALLBACK_URL, String.class);
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
