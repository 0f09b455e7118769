package vn.lienthong.routes.serverproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.RequestReader;

/** Reads the protected request from the consumer's security server: size, safe XML, SOAP, X-Road headers. */
final class ReadPeerRequest implements Processor {

    private final RequestReader reader;

    ReadPeerRequest(ServerRuntime runtime) {
        this.reader = new RequestReader(runtime.conf().maxMessageBytes() * 2, runtime.clock(), FaultOrigin.SERVER_PROXY);
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = reader.read(exchange);
        message.peerServer(exchange.getProperty(AuthenticatePeerServer.PEER_PROPERTY, SecurityServerInfo.class));
    }
}
