package vn.lienthong.routes.provider.npd;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Starts the query context: the operation, the consumer named by the X-Road {@code client} header
 * ({@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}; the provider's security server has authenticated it) and the
 * case number of the {@code issue} header. Runs after {@link XRoadHeaderEcho#capture}.
 */
final class IdentifyConsumer implements Processor {

    @Override
    public void process(Exchange exchange) {
        String consumer = null;
        String issue = null;
        for (Element header : XRoadHeaderEcho.requestHeaders(exchange)) {
            if (header.getLocalName().equals("client")) {
                consumer = identifier(header);
            } else if (header.getLocalName().equals("issue")) {
                issue = header.getTextContent().strip();
            }
        }
        String operation = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        exchange.setProperty(QueryContext.PROPERTY, new QueryContext(operation, consumer, issue));
    }

    private static String identifier(Element client) {
        List<String> parts = new java.util.ArrayList<>();
        for (Node n = client.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element part) {
                parts.add(part.getTextContent().strip());
            }
        }
        return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining("/"));
    }
}
