package vn.lienthong.routes.metadata;

import java.util.function.Function;
import org.apache.camel.Exchange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;

/** Wraps a metadata answer in a SOAP envelope of the request's version, ready for the response steps. */
final class MetadataResponse {

    private MetadataResponse() {
    }

    static void write(Exchange exchange, ProxyMessage message, Function<Document, Element> body) {
        Document doc = SafeXml.newDocument();
        String ns = message.soapVersion().namespace();
        Element envelope = doc.createElementNS(ns, "soap:Envelope");
        doc.appendChild(envelope);
        envelope.appendChild(doc.createElementNS(ns, "soap:Header"));
        Element soapBody = doc.createElementNS(ns, "soap:Body");
        envelope.appendChild(soapBody);
        soapBody.appendChild(body.apply(doc));
        message.responseBytes(SafeXml.write(doc));
    }
}
