package vn.lienthong.routes.provider.messaging;

import java.time.Duration;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error policy of the routes that deliver from a persistent queue to a far side (the NPD, a subscriber):
 * retry in place with exponential backoff while the far side is down, keeping the queue's order; past
 * the bound the delivery fails, the JMS transaction rolls back, and the broker redelivers with its own
 * backoff until the message goes to the dead-letter queue ({@link MessageBroker}). Stopping the route stops
 * the retries at once: the message rolls back onto its queue for the next start. With the defaults a far
 * side may be down for about ten minutes (20 retries over two minutes, five deliveries) before a message
 * is dead-lettered. Routes opt in by id.
 */
public final class QueueDeliveryPolicy extends RouteConfigurationBuilder {

    public static final String ID = "queue-delivery";

    private final int maximumRedeliveries;
    private final Duration firstDelay;
    private final Duration maximumDelay;

    public QueueDeliveryPolicy(int maximumRedeliveries, Duration firstDelay, Duration maximumDelay) {
        this.maximumRedeliveries = maximumRedeliveries;
        this.firstDelay = firstDelay;
        this.maximumDelay = maximumDelay;
    }

    /** About two minutes of retries: 0.5 s doubling up to 10 s, 20 times. */
    public static QueueDeliveryPolicy defaults() {
        return new QueueDeliveryPolicy(20, Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(maximumRedeliveries)
                        .redeliveryDelay(firstDelay.toMillis())
                        .useExponentialBackOff()
                        .backOffMultiplier(2.0)
                        .maximumRedeliveryDelay(maximumDelay.toMillis())
                        .allowRedeliveryWhileStopping(false)
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhausted(true));
    }
}
