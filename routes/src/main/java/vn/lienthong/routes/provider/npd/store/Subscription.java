package vn.lienthong.routes.provider.npd.store;

import java.time.Instant;
import java.util.Set;

/** A consumer's subscription to change notifications: pushed to {@code callbackUrl} for the given events, within its mandate for {@code purpose}. */
public record Subscription(String id, String consumer, String purpose, String callbackUrl, Set<String> eventTypes,
        Instant createdAt) {

    public Subscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
