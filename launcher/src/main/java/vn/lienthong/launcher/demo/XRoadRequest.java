package vn.lienthong.launcher.demo;

import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;

/**
 * Builds the SOAP request an X-Road information system sends: protocol 4.0 headers and a document/literal
 * body. Used by the demo's scripted exchanges and by the integration tests.
 */
public final class XRoadRequest {

    private final ClientId client;
    private final ServiceId service;
    private String id = java.util.UUID.randomUUID().toString();
    private String userId = "VN-demo-officer";
    private String issue;
    private String body = "";
    private boolean soap12;

    private XRoadRequest(ClientId client, ServiceId service) {
        this.client = client;
        this.service = service;
    }

    public static XRoadRequest from(ClientId client, ServiceId service) {
        return new XRoadRequest(client, service);
    }

    public XRoadRequest id(String id) {
        this.id = id;
        return this;
    }

    public XRoadRequest userId(String userId) {
        this.userId = userId;
        return this;
    }

    public XRoadRequest issue(String issue) {
        this.issue = issue;
        return this;
    }

    /** The Body content, an XML fragment. */
    public XRoadRequest body(String xml) {
        this.body = xml;
        return this;
    }

    public XRoadRequest soap12() {
        this.soap12 = true;
        return this;
    }

    public String id() {
        return id;
    }

    public boolean isSoap12() {
        return soap12;
    }

    /** The getCitizen body of the NPD query service. */
    public static String getCitizenBody(String pin, String purpose) {
        return "<npd:getCitizen xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                + "<npd:personalIdentificationNumber>" + pin + "</npd:personalIdentificationNumber>"
                + "<npd:purpose>" + purpose + "</npd:purpose></npd:getCitizen>";
    }

    public String toXml() {
        String env = soap12 ? "http://www.w3.org/2003/05/soap-envelope" : "http://schemas.xmlsoap.org/soap/envelope/";
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<soapenv:Envelope xmlns:soapenv=\"").append(env).append("\"")
                .append(" xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:id=\"http://x-road.eu/xsd/identifiers\">")
                .append("<soapenv:Header>")
                .append("<xrd:client id:objectType=\"").append(client.objectType()).append("\">")
                .append(part("xRoadInstance", client.instance())).append(part("memberClass", client.memberClass()))
                .append(part("memberCode", client.memberCode()));
        if (client.isSubsystem()) {
            x.append(part("subsystemCode", client.subsystemCode()));
        }
        ClientId p = service.provider();
        x.append("</xrd:client>")
                .append("<xrd:service id:objectType=\"SERVICE\">")
                .append(part("xRoadInstance", p.instance())).append(part("memberClass", p.memberClass()))
                .append(part("memberCode", p.memberCode()));
        if (p.isSubsystem()) {
            x.append(part("subsystemCode", p.subsystemCode()));
        }
        x.append(part("serviceCode", service.serviceCode()));
        if (service.serviceVersion() != null) {
            x.append(part("serviceVersion", service.serviceVersion()));
        }
        x.append("</xrd:service>")
                .append("<xrd:id>").append(id).append("</xrd:id>");
        if (userId != null) {
            x.append("<xrd:userId>").append(userId).append("</xrd:userId>");
        }
        if (issue != null) {
            x.append("<xrd:issue>").append(issue).append("</xrd:issue>");
        }
        x.append("<xrd:protocolVersion>4.0</xrd:protocolVersion>")
                .append("</soapenv:Header><soapenv:Body>").append(body).append("</soapenv:Body></soapenv:Envelope>");
        return x.toString();
    }

    private static String part(String name, String value) {
        return "<id:" + name + ">" + value + "</id:" + name + ">";
    }
}
