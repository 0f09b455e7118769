package vn.lienthong.routes.provider.npd;

import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.headers.Header;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.Contracts;

/**
 * The {@code npd:disclosure} response header (see npd-query.xsd): operation, consumer, purpose, case
 * number, and per citizen the fields that went out, so the message log records what was shared
 * (Decree 47/2020 Art. 45; Decree 13/2023 Art. 9 and 38).
 */
final class DisclosureHeader {

    static final QName NAME = new QName(Contracts.NPD_QUERY_NAMESPACE, "disclosure");

    private DisclosureHeader() {
    }

    static SoapHeader of(QueryContext context) {
        Element disclosure = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "disclosure");
        Dom.text(disclosure, "operation", context.operation());
        Dom.text(disclosure, "consumer", context.consumer() == null ? "" : context.consumer());
        Dom.text(disclosure, "purpose", context.purpose());
        Dom.text(disclosure, "issue", context.issue());
        for (Map.Entry<String, List<String>> citizen : context.disclosed().entrySet()) {
            Element element = Dom.child(disclosure, "citizen");
            Dom.text(element, "pin", citizen.getKey());
            citizen.getValue().stream().distinct().forEach(field -> Dom.text(element, "field", field));
        }
        SoapHeader header = new SoapHeader(NAME, disclosure);
        header.setDirection(Header.Direction.DIRECTION_OUT);
        return header;
    }
}
