package vn.lienthong.benchmarks.driver;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPBinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.benchmarks.provider.CitizenRecordXml;
import vn.lienthong.benchmarks.wss.AgencyKeys;
import vn.lienthong.benchmarks.wss.AgencyWss;

/**
 * Scenario B's consumer: the agency's own CXF client (a JAX-WS Dispatch over whole SOAP messages) with the
 * WSS4J interceptors of {@link AgencyWss}, one client per virtual user. The driver JVM runs with
 * {@code -Dorg.apache.cxf.transport.http.forceURLConnection=true}, the cheaper CXF HTTP client.
 */
public final class WssDispatchConsumer implements ConsumerSystem {

    private static final QName SERVICE = new QName(CitizenRecordXml.NAMESPACE, "NpdQueryService");
    private static final QName PORT = new QName(CitizenRecordXml.NAMESPACE, "NpdQueryPort");
    private static final long TIMEOUT_MILLIS = 60_000;

    private final URI endpoint;
    private final AgencyKeys keys;
    private final MessageFactory messages;

    public WssDispatchConsumer(URI endpoint, AgencyKeys keys) {
        this.endpoint = endpoint;
        this.keys = keys;
        try {
            this.messages = MessageFactory.newInstance();
        } catch (SOAPException e) {
            throw new IllegalStateException("no SAAJ implementation on the class path", e);
        }
    }

    @Override
    public RoundTrip newUser() {
        Service service = Service.create(SERVICE);
        service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, endpoint.toString());
        Dispatch<SOAPMessage> dispatch = service.createDispatch(PORT, SOAPMessage.class, Service.Mode.MESSAGE);
        Client client = ((DispatchImpl<?>) dispatch).getClient();
        AgencyWss.secure(client, keys);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(TIMEOUT_MILLIS);
        policy.setReceiveTimeout(TIMEOUT_MILLIS);
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return () -> {
            SOAPMessage request = messages.createMessage(null, new ByteArrayInputStream(GetCitizenRequests.next()));
            SOAPMessage answer = dispatch.invoke(request);
            if (!isCitizenRecord(answer.getSOAPBody())) {
                throw new UnexpectedAnswer(text(answer));
            }
        };
    }

    private static boolean isCitizenRecord(SOAPBody body) {
        Element first = null;
        for (Node n = body.getFirstChild(); n != null && first == null; n = n.getNextSibling()) {
            first = n instanceof Element e ? e : null;
        }
        String content = body.getTextContent();
        return first != null && "getCitizenResponse".equals(first.getLocalName()) && content.contains("FOUND")
                && content.contains(GetCitizenRequests.PIN);
    }

    private static String text(SOAPMessage answer) throws SOAPException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
