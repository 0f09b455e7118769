package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.XRD;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.children;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.envelope;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.getCitizenBody;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.parse;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.send;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPart;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPost;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** X-Road message protocol 4.0: a provider information system returns the request's header fields unchanged, in order. */
class XRoadHeaderEchoTest {

    private static NpdProviderSystem npd;

    @BeforeAll
    static void start() {
        npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), NpdTestFixtures.freshDatabase());
    }

    @AfterAll
    static void stop() {
        npd.close();
    }

    @Test
    void responseCarriesTheRequestHeadersInTheSameOrder() throws Exception {
        String request = envelope(NpdTestFixtures.XROAD_HEADERS,
                getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "residence-confirmation"));

        HttpResponse<String> response = send(soapPost(npd.endpointUrl(), request));

        assertThat(response.statusCode()).isEqualTo(200);
        List<Element> sent = children(soapPart(parse(request), "Header"));
        List<Element> echoed = xroadHeaders(children(soapPart(parse(response.body()), "Header")));
        assertThat(echoed).extracting(Element::getLocalName)
                .containsExactly("client", "service", "userId", "id", "issue", "protocolVersion");
        assertThat(XmlShape.of(echoed)).containsExactlyElementsOf(XmlShape.of(sent));
    }

    @Test
    void headersInAnotherOrderComeBackInThatOrder() throws Exception {
        String headers = """
                <xrd:protocolVersion>4.0</xrd:protocolVersion>
                <xrd:id>ABC-2025-77</xrd:id>
                <xrd:userId>001085000001</xrd:userId>
                <xrd:client id:objectType="MEMBER">
                  <id:xRoadInstance>VN</id:xRoadInstance>
                  <id:memberClass>GOV</id:memberClass>
                  <id:memberCode>MOH</id:memberCode>
                </xrd:client>
                <xrd:service id:objectType="SERVICE">
                  <id:xRoadInstance>VN</id:xRoadInstance>
                  <id:memberClass>GOV</id:memberClass>
                  <id:memberCode>MPS</id:memberCode>
                  <id:subsystemCode>NPD</id:subsystemCode>
                  <id:serviceCode>getCitizen</id:serviceCode>
                </xrd:service>
                """;
        String request = envelope(headers, getCitizenBody(NpdDemoCitizens.UNREGISTERED, "Khám chữa bệnh BHYT"));

        HttpResponse<String> response = send(soapPost(npd.endpointUrl(), request));

        assertThat(response.statusCode()).isEqualTo(200);
        List<Element> echoed = xroadHeaders(children(soapPart(parse(response.body()), "Header")));
        assertThat(echoed).extracting(Element::getLocalName)
                .containsExactly("protocolVersion", "id", "userId", "client", "service");
        assertThat(XmlShape.of(echoed)).containsExactlyElementsOf(XmlShape.of(children(soapPart(parse(request), "Header"))));
    }

    @Test
    void onlyXRoadHeaderFieldsAreEchoed() throws Exception {
        String headers = NpdTestFixtures.XROAD_HEADERS
                + "<trace:span xmlns:trace=\"urn:example:trace\">client-side-span-17</trace:span>"
                + "<xrd:requestHash algorithmId=\"http://www.w3.org/2001/04/xmlenc#sha512\">AAAA</xrd:requestHash>";
        String request = envelope(headers, getCitizenBody(NpdDemoCitizens.TRAN_THI_BICH_NGOC, "Cấp giấy phép lái xe"));

        Document response = parse(send(soapPost(npd.endpointUrl(), request)).body());

        List<Element> answered = children(soapPart(response, "Header"));
        assertThat(answered).extracting(Element::getLocalName)
                .containsExactly("client", "service", "userId", "id", "issue", "protocolVersion", "disclosure");
        assertThat(answered.subList(0, 6)).allSatisfy(header -> assertThat(header.getNamespaceURI()).isEqualTo(XRD));
        assertThat(answered.get(6).getNamespaceURI()).isEqualTo(NpdTestFixtures.NPD);
    }

    private static List<Element> xroadHeaders(List<Element> headers) {
        return headers.stream().filter(h -> XRD.equals(h.getNamespaceURI())).toList();
    }

    @Test
    void bodyFollowsTheEchoedHeaders() throws Exception {
        String request = envelope(NpdTestFixtures.XROAD_HEADERS,
                getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "residence-confirmation"));

        Document response = parse(send(soapPost(npd.endpointUrl(), request)).body());

        Element answer = children(soapPart(response, "Body")).get(0);
        assertThat(answer.getLocalName()).isEqualTo("getCitizenResponse");
        assertThat(children(answer).get(0).getTextContent()).isEqualTo("FOUND");
    }
}
