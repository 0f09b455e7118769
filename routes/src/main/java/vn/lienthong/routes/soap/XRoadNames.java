package vn.lienthong.routes.soap;

import java.util.List;
import javax.xml.namespace.QName;

/** Namespaces and element names of the X-Road message protocol 4.0 and of LienThong's transport headers. */
public final class XRoadNames {

    public static final String XROAD_NS = "http://x-road.eu/xsd/xroad.xsd";
    public static final String IDENTIFIERS_NS = "http://x-road.eu/xsd/identifiers";
    /** Headers that only travel between security servers; the server proxy removes them before forwarding. */
    public static final String TRANSPORT_NS = "https://lienthong.gov.vn/xsd/transport/v1";
    public static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope";

    public static final QName CLIENT = new QName(XROAD_NS, "client");
    public static final QName SERVICE = new QName(XROAD_NS, "service");
    public static final QName ID = new QName(XROAD_NS, "id");
    public static final QName USER_ID = new QName(XROAD_NS, "userId");
    public static final QName ISSUE = new QName(XROAD_NS, "issue");
    public static final QName PROTOCOL_VERSION = new QName(XROAD_NS, "protocolVersion");
    public static final QName REQUEST_HASH = new QName(XROAD_NS, "requestHash");
    /** SHA-512 of the request as the client information system sent it, added by the client proxy. */
    public static final QName TRANSPORT_REQUEST_HASH = new QName(TRANSPORT_NS, "requestHash");

    /** The request headers of protocol 4.0 that this server understands, in their customary order. */
    public static final List<QName> REQUEST_HEADERS = List.of(CLIENT, SERVICE, ID, USER_ID, ISSUE, PROTOCOL_VERSION);

    public static final String PROTOCOL_VERSION_4 = "4.0";
    public static final String SHA512_ALGORITHM_ID = "http://www.w3.org/2001/04/xmlenc#sha512";

    private XRoadNames() {
    }
}
