package vn.lienthong.routes.soap;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the code and reason of a SOAP 1.1 or 1.2 fault. */
public final class SoapFaultReader {

    private SoapFaultReader() {
    }

    public static String code(SoapEnvelope fault) {
        Element f = fault.bodyContent();
        if (fault.version() == SoapVersion.SOAP_12) {
            String sub = deepText(f, "Subcode");
            if (sub != null) {
                return sub.contains(":") ? sub.substring(sub.indexOf(':') + 1) : sub;
            }
            return deepText(f, "Value");
        }
        return deepText(f, "faultcode");
    }

    public static String reason(SoapEnvelope fault) {
        Element f = fault.bodyContent();
        String s = fault.version() == SoapVersion.SOAP_12 ? deepText(f, "Text") : deepText(f, "faultstring");
        return s == null ? "" : s;
    }

    private static String deepText(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(e.getLocalName())) {
                    return e.getTextContent().trim();
                }
                String inner = deepText(e, localName);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
