package vn.lienthong.routes.fault;

import java.nio.charset.StandardCharsets;
import vn.lienthong.routes.soap.SoapVersion;

/**
 * Writes SOAP faults the way X-Road does: the code in faultcode (SOAP 1.1) or in the Subcode value
 * (SOAP 1.2), a readable faultstring, and the detail id that the server log also carries.
 */
public final class SoapFaults {

    private SoapFaults() {
    }

    public static byte[] render(SoapVersion version, String faultCode, String faultString, String detailId) {
        String code = escape(faultCode);
        String text = escape(faultString);
        String detail = escape(detailId);
        String xml;
        if (version == SoapVersion.SOAP_12) {
            String top = faultCode.startsWith("Client") ? "env:Sender" : "env:Receiver";
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<env:Envelope xmlns:env=\"" + version.namespace() + "\"><env:Body><env:Fault>"
                    + "<env:Code><env:Value>" + top + "</env:Value>"
                    + "<env:Subcode><env:Value xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\">xrd:" + code
                    + "</env:Value></env:Subcode></env:Code>"
                    + "<env:Reason><env:Text xml:lang=\"en\">" + text + "</env:Text></env:Reason>"
                    + "<env:Detail><faultDetail xmlns=\"\">" + detail + "</faultDetail></env:Detail>"
                    + "</env:Fault></env:Body></env:Envelope>";
        } else {
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + version.namespace() + "\"><SOAP-ENV:Body>"
                    + "<SOAP-ENV:Fault><faultcode>" + code + "</faultcode>"
                    + "<faultstring>" + text + "</faultstring><faultactor></faultactor>"
                    + "<detail><faultDetail xmlns=\"\">" + detail + "</faultDetail></detail>"
                    + "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>";
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
