package vn.lienthong.routes.provider.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A SOAP 1.1 request with the X-Road message protocol 4.0 header fields, posted to a URL: the provider's
 * endpoint, or in a federation the caller's own security server (its client proxy). Client and service
 * are X-Road ids: {@code VN/GOV/MOJ/CIVILSTATUS} and {@code VN/GOV/MPS/NPD/applyUpdate/v1}.
 */
public final class XRoadCall {

    /** The answer: HTTP status and body. */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status == 200;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String client;
    private final String service;
    private final String userId;

    public XRoadCall(String client, String service, String userId) {
        this.client = client;
        this.service = service;
        this.userId = userId;
    }

    /** Posts the body element (XML text) in an envelope with a fresh message id and the given issue (case number). */
    public Reply post(String url, String body, String issue) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(body, issue), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    String envelope(String body, String issue) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:id=\"http://x-road.eu/xsd/identifiers\">"
                + "<soapenv:Header>" + identifier("client", client, false) + identifier("service", service, true)
                + "<xrd:userId>" + escape(userId) + "</xrd:userId>"
                + "<xrd:id>" + UUID.randomUUID() + "</xrd:id>"
                + (issue == null ? "" : "<xrd:issue>" + escape(issue) + "</xrd:issue>")
                + "<xrd:protocolVersion>4.0</xrd:protocolVersion></soapenv:Header>"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String identifier(String element, String id, boolean service) {
        String[] parts = id.split("/");
        int needed = service ? 5 : 3;
        if (parts.length < needed) {
            throw new IllegalArgumentException("'" + id + "' is no X-Road " + element + " id");
        }
        StringBuilder xml = new StringBuilder("<xrd:" + element + " id:objectType=\"")
                .append(service ? "SERVICE" : parts.length > 3 ? "SUBSYSTEM" : "MEMBER").append("\">")
                .append("<id:xRoadInstance>").append(parts[0]).append("</id:xRoadInstance>")
                .append("<id:memberClass>").append(parts[1]).append("</id:memberClass>")
                .append("<id:memberCode>").append(parts[2]).append("</id:memberCode>");
        if (service) {
            xml.append("<id:subsystemCode>").append(parts[3]).append("</id:subsystemCode>")
                    .append("<id:serviceCode>").append(parts[4]).append("</id:serviceCode>");
            if (parts.length > 5) {
                xml.append("<id:serviceVersion>").append(parts[5]).append("</id:serviceVersion>");
            }
        } else if (parts.length > 3) {
            xml.append("<id:subsystemCode>").append(parts[3]).append("</id:subsystemCode>");
        }
        return xml.append("</xrd:").append(element).append(">").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
