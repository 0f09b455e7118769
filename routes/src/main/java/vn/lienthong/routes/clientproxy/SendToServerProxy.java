package vn.lienthong.routes.clientproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.error.RemoteFault;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.SoapFaultReader;
import vn.lienthong.routes.transport.HttpReply;

/**
 * Sends the protected request over mutual TLS to the provider's security server. A fault it answers with
 * travels back unchanged; anything that is not SOAP is refused.
 */
final class SendToServerProxy implements Processor {

    private final ServerRuntime runtime;

    SendToServerProxy(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        HttpReply reply = runtime.cpuPermits().awayWhile(exchange, () -> runtime.serverProxyClient().send(
                message.peerServer(), body, message.soapVersion().contentType()));
        if (reply.status() != 200) {
            throw remoteFault(message, reply);
        }
        message.responseReceivedAt(runtime.clock().instant());
        message.responseBytes(reply.body());
    }

    private static BusFault remoteFault(ProxyMessage message, HttpReply reply) {
        try {
            SoapEnvelope fault = SoapEnvelope.of(SafeXml.parse(reply.body(), FaultOrigin.CLIENT_PROXY),
                    FaultOrigin.CLIENT_PROXY);
            if (fault.isFault()) {
                return new RemoteFault(SoapFaultReader.code(fault), SoapFaultReader.reason(fault), reply.body());
            }
        } catch (BusFault notSoap) {
            // fall through: the peer answered something that is not a SOAP fault
        }
        return new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR, "security server "
                + message.peerServer().id() + " answered HTTP " + reply.status() + " without a SOAP fault");
    }
}
