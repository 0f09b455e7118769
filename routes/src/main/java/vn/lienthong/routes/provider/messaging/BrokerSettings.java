package vn.lienthong.routes.provider.messaging;

import java.time.Duration;

/**
 * How an embedded broker redelivers a message whose consumer rolled back: the first wait, the factor it
 * grows by, its ceiling, and after how many deliveries the message goes to the dead-letter queue.
 */
public record BrokerSettings(int maxDeliveryAttempts, Duration redeliveryDelay, double redeliveryMultiplier,
        Duration maxRedeliveryDelay) {

    /** Production defaults: 5 deliveries, waiting 1 s, 2 s, 4 s, 8 s between them (at most a minute). */
    public static BrokerSettings defaults() {
        return new BrokerSettings(5, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1));
    }

    public BrokerSettings {
        if (maxDeliveryAttempts < 1 || redeliveryDelay.isNegative() || redeliveryMultiplier < 1.0) {
            throw new IllegalArgumentException("at least one delivery, a non-negative delay and a multiplier of 1 or more");
        }
    }
}
