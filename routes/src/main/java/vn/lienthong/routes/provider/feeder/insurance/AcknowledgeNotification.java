package vn.lienthong.routes.provider.feeder.insurance;

import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Answers notifyChange with notifyChangeResponse: the notification id, received. */
final class AcknowledgeNotification implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, ParserConfigurationException {
        ChangeNotice notice = exchange.getIn().getMandatoryBody(ChangeNotice.class);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().newDocument();
        Element response = document.createElementNS(ReadNotification.NAMESPACE, "ntf:notifyChangeResponse");
        document.appendChild(response);
        Element id = document.createElementNS(ReadNotification.NAMESPACE, "ntf:notificationId");
        id.setTextContent(notice.notificationId());
        response.appendChild(id);
        Element received = document.createElementNS(ReadNotification.NAMESPACE, "ntf:received");
        received.setTextContent("true");
        response.appendChild(received);
        exchange.getIn().setBody(new CxfPayload<>(List.of(), List.of(response)));
    }
}
