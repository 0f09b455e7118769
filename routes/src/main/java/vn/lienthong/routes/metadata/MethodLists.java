package vn.lienthong.routes.metadata;

import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.local.ServiceDescription;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.XRoadHeaderWriter;
import vn.lienthong.routes.soap.XRoadNames;

/**
 * listMethods (every service of the provider subsystem) and allowedMethods (those the calling client may
 * use), answered by the provider's security server itself.
 */
final class MethodLists implements Processor {

    private final ServerRuntime runtime;
    private final boolean onlyAllowed;

    private MethodLists(ServerRuntime runtime, boolean onlyAllowed) {
        this.runtime = runtime;
        this.onlyAllowed = onlyAllowed;
    }

    static MethodLists listMethods(ServerRuntime runtime) {
        return new MethodLists(runtime, false);
    }

    static MethodLists allowedMethods(ServerRuntime runtime) {
        return new MethodLists(runtime, true);
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        ClientId provider = message.headers().service().provider();
        ClientId client = message.headers().client();
        Predicate<ServiceDescription> filter = onlyAllowed ? s -> s.allows(client, runtime.global()) : s -> true;
        String operation = onlyAllowed ? "allowedMethodsResponse" : "listMethodsResponse";
        MetadataResponse.write(exchange, message, (Document doc) -> {
            Element list = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:" + operation);
            runtime.services().of(provider).stream().filter(filter)
                    .forEach(s -> list.appendChild(XRoadHeaderWriter.service(doc, "service", s.id())));
            return list;
        });
    }
}
