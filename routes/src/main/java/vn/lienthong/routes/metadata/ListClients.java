package vn.lienthong.routes.metadata;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadHeaderWriter;
import vn.lienthong.routes.soap.XRoadNames;

/** {@code GET /listClients}: every member and subsystem of the federation, as X-Road's clientList. */
final class ListClients implements Processor {

    private final ServerRuntime runtime;

    ListClients(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        Document doc = SafeXml.newDocument();
        Element list = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:clientList");
        list.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:id", XRoadNames.IDENTIFIERS_NS);
        doc.appendChild(list);
        for (MemberInfo member : runtime.global().members()) {
            list.appendChild(entry(doc, member.id().asClient(), member.name()));
            member.subsystems().stream().sorted().forEach(code ->
                    list.appendChild(entry(doc, member.id().subsystem(code), member.name())));
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/xml; charset=UTF-8");
        exchange.getMessage().setBody(SafeXml.write(doc));
    }

    private static Element entry(Document doc, vn.lienthong.conf.identifier.ClientId id, String name) {
        Element member = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:member");
        member.appendChild(XRoadHeaderWriter.client(doc, "id", id));
        Element n = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:name");
        n.setTextContent(name);
        member.appendChild(n);
        return member;
    }
}
