package vn.lienthong.routes.clientproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.logging.PersonalIds;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.RequestReader;

/** Reads the information system's request: size limit, safe XML, a SOAP envelope, X-Road 4.0 headers. */
final class ReadClientRequest implements Processor {

    private final RequestReader reader;

    ReadClientRequest(ServerRuntime runtime) {
        this.reader = new RequestReader(runtime.conf().maxMessageBytes(), runtime.clock(), FaultOrigin.CLIENT);
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = reader.read(exchange);
        message.citizenIds(PersonalIds.inBody(message.request()));
    }
}
