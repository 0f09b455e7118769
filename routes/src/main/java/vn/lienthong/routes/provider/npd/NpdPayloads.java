package vn.lienthong.routes.provider.npd;

import java.util.ArrayList;
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

/** Between the CXF consumer's payload (DOM elements) and the generated JAXB types of the NPD query and update contracts. */
final class NpdPayloads {

    private static final JAXBContext JAXB = createContext();

    private NpdPayloads() {
    }

    /** The step that turns the SOAP body's element into the operation's request type. */
    static <T> Processor readBody(Class<T> type) {
        return exchange -> exchange.getIn().setBody(unmarshal(exchange, type));
    }

    /**
     * The last step: the operation's response element, with the request's X-Road headers echoed and, for
     * a query, the {@code npd:disclosure} header after them.
     */
    static void writeResponse(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        Element response = body instanceof JAXBElement<?> jaxb ? marshal(jaxb) : exchange.getMessage().getMandatoryBody(Element.class);
        List<SoapHeader> headers = new ArrayList<>(XRoadHeaderEcho.responseHeaders(exchange));
        QueryContext context = exchange.getProperty(QueryContext.PROPERTY, QueryContext.class);
        if (context != null && context.purpose() != null && NpdQueryRoutes.DISCLOSING.contains(context.operation())) {
            headers.add(DisclosureHeader.of(context));
        }
        exchange.getMessage().setBody(new CxfPayload<>(headers, List.of(response)));
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
            return unmarshal(body.get(0), type);
        } catch (JAXBException e) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MALFORMED_REQUEST, null,
                    "The request element does not match the NPD query schema.");
        }
    }

    static <T> T unmarshal(Element element, Class<T> type) throws JAXBException {
        return JAXB.createUnmarshaller().unmarshal(element, type).getValue();
    }

    private static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory;
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class, vn.lienthong.wsdl.npd.update.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
