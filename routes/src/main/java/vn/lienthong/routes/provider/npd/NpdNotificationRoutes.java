package vn.lienthong.routes.provider.npd;

import org.apache.camel.builder.RouteBuilder;

import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.npd.notify.PostNotification;

/**
 * Change notifications leave the persistent queue one at a time, in order, for the subscriber's callback
 * URL (or, in a federation, the NPD's own client proxy, which routes them to the subscriber's notifyChange service); while a subscriber is down they wait and are retried ({@link QueueDeliveryPolicy}), and past the
 * bound they end in the dead-letter queue for an operator to replay.
 */
final class NpdNotificationRoutes extends RouteBuilder {

    private final String npdClient;
    private final String clientProxy;

    /** @param clientProxy the NPD's security server's client proxy, or null to post to each callback URL directly */
    NpdNotificationRoutes(String npdClient, String clientProxy) {
        this.npdClient = npdClient;
        this.clientProxy = clientProxy;
    }

    @Override
    public void configure() {
        from(NpdUpdateRoutes.NOTIFICATION_QUEUE + "?transacted=true")
                .routeId("npd-deliverNotifications")
                .routeConfigurationId(QueueDeliveryPolicy.ID)
                .process(new PostNotification(npdClient, clientProxy));
    }
}
