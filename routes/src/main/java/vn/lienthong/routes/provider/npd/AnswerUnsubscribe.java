package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.wsdl.Contracts;
import vn.lienthong.wsdl.npd.SubscriptionOutcome;
import vn.lienthong.wsdl.npd.UnsubscribeRequest;

/** Ends one of the consumer's own subscriptions; NOT_FOUND for an id it does not hold. */
final class AnswerUnsubscribe implements Processor {

    private final SubscriptionStore subscriptions;

    AnswerUnsubscribe(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        UnsubscribeRequest request = exchange.getIn().getMandatoryBody(UnsubscribeRequest.class);
        QueryContext context = QueryContext.of(exchange);
        boolean removed = context.consumer() != null && request.getSubscriptionId() != null
                && subscriptions.remove(request.getSubscriptionId().strip(), context.consumer());
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "unsubscribeResponse");
        Dom.text(response, "outcome", (removed ? SubscriptionOutcome.UNSUBSCRIBED : SubscriptionOutcome.NOT_FOUND).value());
        exchange.getIn().setBody(response);
    }
}
