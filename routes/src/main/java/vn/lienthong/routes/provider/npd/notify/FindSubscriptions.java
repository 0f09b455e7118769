package vn.lienthong.routes.provider.npd.notify;

import java.sql.SQLException;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Expression;

import vn.lienthong.routes.provider.npd.store.Change;
import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.routes.provider.npd.update.UpdateOutcome;

/**
 * Content-based routing by event type: for an applied update, one notice per subscription that asked for
 * its event; none for anything else. An expression, so the update's answer stays the message body.
 */
public final class FindSubscriptions implements Expression {

    private final SubscriptionStore subscriptions;

    public FindSubscriptions(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public <T> T evaluate(Exchange exchange, Class<T> type) {
        UpdateOutcome outcome = exchange.getIn().getBody(UpdateOutcome.class);
        List<PendingNotice> notices = List.of();
        if (outcome != null && outcome.change().isPresent()) {
            Change change = outcome.change().get();
            try {
                notices = subscriptions.forEvent(change.eventType()).stream().map(s -> new PendingNotice(s, change)).toList();
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the subscriptions", e);
            }
        }
        return type.cast(notices);
    }
}
