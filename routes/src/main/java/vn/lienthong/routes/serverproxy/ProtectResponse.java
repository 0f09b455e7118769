package vn.lienthong.routes.serverproxy;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.security.wss.ProtectedMessage;

/** Signs the response with the provider member's key and encrypts its Body to the consumer member. */
final class ProtectResponse implements Processor {

    private final ServerRuntime runtime;

    ProtectResponse(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        SoapEnvelope response = message.response();
        List<QName> signed = new ArrayList<>(message.headers().present());
        signed.add(XRoadNames.REQUEST_HASH);
        SafeXml.declareNamespaces(response.document());
        ProtectedMessage protectedMessage = runtime.protector().protectKeepingSignedForm(response.document(),
                runtime.memberKey(message.headers().service().provider().member()).orElseThrow(),
                message.peerSigner(), signed);
        message.signedResponse(protectedMessage.signedForm());
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, message.soapVersion().contentType());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setBody(protectedMessage.wire());
    }
}
