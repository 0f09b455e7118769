package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.store.Subscription;
import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.wsdl.Contracts;
import vn.lienthong.wsdl.npd.SubscriptionOutcome;

/** Records a subscription when the consumer has a mandate for the stated purpose; NOT_PERMITTED otherwise. */
final class AnswerSubscribe implements Processor {

    private final SubscriptionStore subscriptions;
    private final Clock clock;

    AnswerSubscribe(SubscriptionStore subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        ReadSubscribe.SubscriptionRequest request = exchange.getIn().getMandatoryBody(ReadSubscribe.SubscriptionRequest.class);
        QueryContext context = QueryContext.of(exchange);
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "subscribeResponse");
        if (context.mandate().isEmpty()) {
            Dom.text(response, "outcome", SubscriptionOutcome.NOT_PERMITTED.value());
        } else {
            Subscription subscription = new Subscription(UUID.randomUUID().toString(), context.consumer(),
                    context.purpose(), request.callbackUrl(), request.eventTypes(), clock.instant());
            subscriptions.add(subscription);
            Dom.text(response, "outcome", SubscriptionOutcome.SUBSCRIBED.value());
            Dom.text(response, "subscriptionId", subscription.id());
        }
        exchange.getIn().setBody(response);
    }
}
