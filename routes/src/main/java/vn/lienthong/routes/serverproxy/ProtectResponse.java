package vn.lienthong.routes.serverproxy;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.w3c.dom.Document;
import org.apache.camel.Processor;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.XRoadNames;

/** Signs the response with the provider member's key and encrypts its Body to the consumer member. */
final class ProtectResponse implements Processor {

    private final ServerRuntime runtime;

    ProtectResponse(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        SoapEnvelope response = exchange.getProperty(PrepareResponse.RESPONSE_PROPERTY, SoapEnvelope.class);
        List<QName> signed = new ArrayList<>(message.headers().present());
        signed.add(XRoadNames.REQUEST_HASH);
        SafeXml.declareNamespaces(response.document());
        Document protectedDoc = runtime.protector().protect(response.document(),
                runtime.memberKey(message.headers().service().provider().member()).orElseThrow(),
                message.peerSigner(), signed);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, message.soapVersion().contentType());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setBody(SafeXml.write(protectedDoc));
    }
}
