package vn.lienthong.routes.provider.npd;

import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.npd.ObjectFactory;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/** Between the CXF consumer's payload (DOM elements) and the generated JAXB types of the NPD contract. */
final class NpdPayloads {

    private static final JAXBContext JAXB = createContext();

    private NpdPayloads() {
    }

    /** The step that turns the SOAP body's element into the operation's request type. */
    static <T> Processor readBody(Class<T> type) {
        return exchange -> exchange.getIn().setBody(unmarshal(exchange, type));
    }

    /** The last step: the operation's response element, with the request's X-Road headers echoed. */
    static void writeResponse(Exchange exchange) throws InvalidPayloadException {
        JAXBElement<?> response = exchange.getMessage().getMandatoryBody(JAXBElement.class);
        List<SoapHeader> headers = XRoadHeaderEcho.responseHeaders(exchange);
        exchange.getMessage().setBody(new CxfPayload<>(headers, List.of(marshal(response))));
    }

    static Element marshal(JAXBElement<?> element) {
        try {
            Document document = documentBuilderFactory().newDocumentBuilder().newDocument();
            JAXB.createMarshaller().marshal(element, document);
            return document.getDocumentElement();
        } catch (JAXBException | ParserConfigurationException e) {
            throw new IllegalStateException("could not write " + element.getName(), e);
        }
    }

    private static <T> T unmarshal(Exchange exchange, Class<T> type) {
        CxfPayload<?> payload = exchange.getIn().getBody(CxfPayload.class);
        List<Element> body = payload == null ? List.of() : payload.getBody();
        if (body.size() != 1) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MALFORMED_REQUEST, null,
                    "The SOAP body must hold exactly one request element.");
        }
        try {
            return JAXB.createUnmarshaller().unmarshal(body.get(0), type).getValue();
        } catch (JAXBException e) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MALFORMED_REQUEST, null,
                    "The request element does not match the NPD query schema.");
        }
    }

    private static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory;
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
