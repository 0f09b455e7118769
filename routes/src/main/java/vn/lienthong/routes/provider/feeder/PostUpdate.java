package vn.lienthong.routes.provider.feeder;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.messaging.DeliveryFailed;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * Deliver: posts a queued update to the NPD's update service (its endpoint, or in a federation the source's
 * client proxy) as the source's X-Road request. Unreachable, or anything but an answer or a SOAP fault,
 * is a failed delivery to retry; the reply body goes on to be read.
 */
final class PostUpdate implements Processor {

    static final String HTTP_STATUS = "NpdHttpStatus";

    private final XRoadCall call;
    private final String url;

    PostUpdate(XRoadCall call, String url) {
        this.call = call;
        this.url = url;
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        XRoadCall.Reply reply;
        try {
            reply = call.post(url, exchange.getIn().getBody(String.class), exchange.getIn().getHeader(NpdFeed.UPDATE_ID, String.class));
        } catch (IOException e) {
            throw new DeliveryFailed("the NPD is unreachable at " + url, e);
        }
        boolean fault = reply.status() == 500 && reply.body().contains("Fault>") && reply.body().contains(":Client<");
        if (!reply.ok() && !fault) {
            throw new DeliveryFailed("the NPD answered HTTP " + reply.status());
        }
        exchange.getIn().setHeader(HTTP_STATUS, reply.status());
        exchange.getIn().setBody(reply.body());
    }
}
