package vn.lienthong.routes.provider.npd;

import org.apache.camel.builder.RouteBuilder;

import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.npd.notify.PostNotification;

/**
 * Change notifications leave the persistent queue one at a time, in order, for the subscriber's callback
 * URL; while a subscriber is down they wait and are retried ({@link QueueDeliveryPolicy}), and past the
 * bound they end in the dead-letter queue for an operator to replay.
 */
final class NpdNotificationRoutes extends RouteBuilder {

    private final String npdClient;

    NpdNotificationRoutes(String npdClient) {
        this.npdClient = npdClient;
    }

    @Override
    public void configure() {
        from(NpdUpdateRoutes.NOTIFICATION_QUEUE + "?transacted=true")
                .routeId("npd-deliverNotifications")
                .routeConfigurationId(QueueDeliveryPolicy.ID)
                .process(new PostNotification(npdClient));
    }
}
