package vn.lienthong.wsdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;
import javax.wsdl.Binding;
import javax.wsdl.BindingOperation;
import javax.wsdl.Definition;
import javax.wsdl.Operation;
import javax.wsdl.extensions.ExtensibilityElement;
import javax.wsdl.extensions.UnknownExtensibilityElement;
import javax.wsdl.extensions.soap.SOAPHeader;
import javax.wsdl.factory.WSDLFactory;
import javax.wsdl.xml.WSDLReader;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.lienthong.wsdl.npd.GetCitizenRequest;
import vn.lienthong.wsdl.npd.NpdQueryPortType;
import vn.lienthong.wsdl.npd.NpdQueryService;

class ContractsTest {

    private static final List<String> XROAD_HEADERS =
            List.of("client", "service", "userId", "id", "issue", "protocolVersion");

    @Test
    void everyContractIsOnTheClassPath() {
        assertThat(Contracts.npdQueryWsdl()).isNotNull();
        assertThat(Contracts.npdQuerySchema()).isNotNull();
        assertThat(Contracts.xroadSchema()).isNotNull();
        assertThat(Contracts.identifiersSchema()).isNotNull();
    }

    @Test
    void wsdlDeclaresGetCitizenWithXRoadHeadersAndVersion() throws Exception {
        WSDLReader reader = WSDLFactory.newInstance().newWSDLReader();
        reader.setFeature("javax.wsdl.verbose", false);
        Definition wsdl = reader.readWSDL(Contracts.npdQueryWsdl().toExternalForm());

        assertThat(wsdl.getTargetNamespace()).isEqualTo(Contracts.NPD_QUERY_NAMESPACE);
        assertThat(wsdl.getService(Contracts.NPD_QUERY_SERVICE).getPort(Contracts.NPD_QUERY_PORT.getLocalPart()))
                .isNotNull();
        Binding binding = wsdl.getService(Contracts.NPD_QUERY_SERVICE)
                .getPort(Contracts.NPD_QUERY_PORT.getLocalPart()).getBinding();
        BindingOperation getCitizen = binding.getBindingOperation("getCitizen", null, null);
        Operation operation = getCitizen.getOperation();

        assertThat(operation.getInput().getMessage().getPart("body").getElementName())
                .isEqualTo(new QName(Contracts.NPD_QUERY_NAMESPACE, "getCitizen"));
        assertThat(operation.getOutput().getMessage().getPart("body").getElementName())
                .isEqualTo(new QName(Contracts.NPD_QUERY_NAMESPACE, "getCitizenResponse"));
        assertThat(headerParts(getCitizen.getBindingInput().getExtensibilityElements())).isEqualTo(XROAD_HEADERS);
        // the answer echoes the X-Road headers and adds the provider's disclosure (Decree 47/2020 Art. 45)
        java.util.List<String> output = new java.util.ArrayList<>(XROAD_HEADERS);
        output.add("disclosure");
        assertThat(headerParts(getCitizen.getBindingOutput().getExtensibilityElements())).isEqualTo(output);
        assertThat(xroadVersion(getCitizen)).isEqualTo("v1");
    }

    @Test
    void sampleRequestHeadersAndBodyAreValid() throws Exception {
        Document envelope = parse("/samples/npd-getCitizen-request.xml");
        Validator validator = Contracts.npdQueryMessageSchema().newValidator();

        List<Element> headers = children(child(envelope.getDocumentElement(), "Header"));
        assertThat(headers).extracting(Element::getLocalName).containsExactlyElementsOf(XROAD_HEADERS);
        for (Element header : headers) {
            validator.validate(new DOMSource(header));
        }
        validator.validate(new DOMSource(children(child(envelope.getDocumentElement(), "Body")).get(0)));
    }

    @Test
    void sampleResponseIsValid() throws Exception {
        Contracts.npdQueryMessageSchema().newValidator()
                .validate(new DOMSource(parse("/samples/npd-getCitizen-response.xml")));
    }

    @Test
    void malformedPersonalIdentificationNumberIsInvalid() throws Exception {
        Document envelope = parse("/samples/npd-getCitizen-request.xml");
        Element body = children(child(envelope.getDocumentElement(), "Body")).get(0);
        children(body).get(0).setTextContent("00109901234X");

        Validator validator = Contracts.npdQueryMessageSchema().newValidator();
        assertThatThrownBy(() -> validator.validate(new DOMSource(body)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("[0-9]{12}");
    }

    @Test
    void clientHeaderWithoutMemberCodeIsInvalid() throws Exception {
        Document envelope = parse("/samples/npd-getCitizen-request.xml");
        Element client = children(child(envelope.getDocumentElement(), "Header")).get(0);
        client.removeChild(children(client).get(2));

        Validator validator = Contracts.npdQueryMessageSchema().newValidator();
        assertThatThrownBy(() -> validator.validate(new DOMSource(client)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("memberCode");
    }

    @Test
    void generatedServiceFindsItsWsdlOnTheClassPath() {
        assertThat(NpdQueryService.WSDL_LOCATION).isEqualTo(Contracts.npdQueryWsdl());
        NpdQueryPortType port = new NpdQueryService().getNpdQueryPort();
        assertThat(port).isNotNull();
        assertThat(new GetCitizenRequest().getPersonalIdentificationNumber()).isNull();
    }

    private static List<String> headerParts(List<?> extensibilityElements) {
        List<String> parts = new ArrayList<>();
        for (Object element : extensibilityElements) {
            if (element instanceof SOAPHeader header) {
                assertThat(header.getMessage().getNamespaceURI()).isEqualTo(Contracts.NPD_QUERY_NAMESPACE);
                parts.add(header.getPart());
            }
        }
        return parts;
    }

    private static String xroadVersion(BindingOperation operation) {
        for (Object element : operation.getExtensibilityElements()) {
            QName type = ((ExtensibilityElement) element).getElementType();
            if (type.equals(new QName(Contracts.XROAD_NAMESPACE, "version"))) {
                return ((UnknownExtensibilityElement) element).getElement().getTextContent();
            }
        }
        return null;
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Objects.requireNonNull(ContractsTest.class.getResourceAsStream(resource), resource)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
