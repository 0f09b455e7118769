package vn.lienthong.routes.provider.npd;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.record.LifeEvent;
import vn.lienthong.wsdl.npd.RequestFaultCode;
import vn.lienthong.wsdl.npd.SubscribeRequest;

/** Checks a subscribe request: a purpose, an absolute http(s) callback URL, known event types. */
final class ReadSubscribe implements Processor {

    /** A validated subscription request. */
    record SubscriptionRequest(String callbackUrl, Set<String> eventTypes) {
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        SubscribeRequest request = exchange.getIn().getMandatoryBody(SubscribeRequest.class);
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        String url = request.getCallbackUrl() == null ? "" : request.getCallbackUrl().strip();
        if (!isHttpUrl(url)) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_CALLBACK_URL, "callbackUrl",
                    "callbackUrl must be an absolute http or https URL.");
        }
        Set<String> events = new LinkedHashSet<>();
        for (String event : request.getEventType()) {
            if (LifeEvent.byName(event).isEmpty()) {
                throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_EVENT_TYPE, "eventType",
                        "'" + event + "' is no event type the NPD notifies.");
            }
            events.add(event);
        }
        if (events.isEmpty()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_EVENT_TYPE, "eventType", "name at least one event type.");
        }
        exchange.getIn().setBody(new SubscriptionRequest(url, events));
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
