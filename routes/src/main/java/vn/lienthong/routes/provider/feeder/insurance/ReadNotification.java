package vn.lienthong.routes.provider.feeder.insurance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Receive: the notifyChange element of the SOAP body as a {@link ChangeNotice}; the event type also as a header for routing. */
final class ReadNotification implements Processor {

    static final String EVENT_TYPE = "NpdEventType";
    static final String NAMESPACE = "https://lienthong.gov.vn/npd/notification/v1";

    @Override
    public void process(Exchange exchange) {
        CxfPayload<?> payload = exchange.getIn().getBody(CxfPayload.class);
        List<Element> body = payload == null ? List.of() : payload.getBody();
        if (body.size() != 1 || !"notifyChange".equals(body.get(0).getLocalName())) {
            throw new IllegalArgumentException("a notification holds one notifyChange element");
        }
        Element notice = body.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList fieldElements = notice.getElementsByTagNameNS(NAMESPACE, "field");
        for (int i = 0; i < fieldElements.getLength(); i++) {
            Element field = (Element) fieldElements.item(i);
            fields.put(child(field, "path"), child(field, "value"));
        }
        ChangeNotice change = new ChangeNotice(child(notice, "notificationId"), child(notice, "personalIdentificationNumber"),
                child(notice, "eventType"), fields);
        exchange.getIn().setHeader(EVENT_TYPE, change.eventType());
        exchange.getIn().setBody(change);
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
