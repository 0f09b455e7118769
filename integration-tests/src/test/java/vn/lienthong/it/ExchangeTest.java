package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.OFFICE_HR;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_HANOI;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/** Requests that should succeed, end to end through two security servers. */
class ExchangeTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    final SoapHttp http = new SoapHttp();

    static final ServiceId ECHO_12 = NPD.service("echo12", "v1");
    static HttpServer soap12Provider;

    @BeforeAll
    static void start() throws IOException {
        soap12Provider = Soap12EchoProvider.start();
        String url = "http://127.0.0.1:" + soap12Provider.getAddress().getPort() + "/echo";
        fixture = FederationFixture.start(folder, KeyAlgorithm.RSA_2048, w -> ServicesFile.add(w, SS_MPS,
                "<service id=\"" + ECHO_12 + "\" url=\"" + url + "\"><allow client=\"" + PORTAL + "\"/></service>"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
        soap12Provider.stop(0);
    }

    @Test
    void portalGetsACitizenAndTheResponseEchoesHeadersAndHashesTheRequest() throws Exception {
        XRoadRequest request = XRoadRequest.from(PORTAL, GET_CITIZEN).issue("Đăng ký hộ kinh doanh")
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "household-business-registration"));
        byte[] sent = request.toXml().getBytes(StandardCharsets.UTF_8);

        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_VPCP), sent, false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).containsPattern("<(\\w+:)?outcome>FOUND</")
                .contains("Nguyễn Văn An").contains(NpdDemoCitizens.NGUYEN_VAN_AN)
                .doesNotContain("wsse:Security").doesNotContain("EncryptedData").doesNotContain("requestHash>lt");
        assertThat(headerOrder(answer.body()))
                .containsExactly("client", "service", "id", "userId", "issue", "protocolVersion", "requestHash");
        String expectedHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(sent));
        assertThat(answer.body()).contains("algorithmId=\"http://www.w3.org/2001/04/xmlenc#sha512\"")
                .contains(">" + expectedHash + "</").containsPattern("<xrd:id[^>]*>" + request.id() + "</xrd:id>")
                .doesNotContain("wssecurity-utility");
    }

    @Test
    void soap12TravelsEndToEnd() throws Exception {
        XRoadRequest request = XRoadRequest.from(PORTAL, ECHO_12).soap12().body("<t:echo xmlns:t=\"urn:test\">xin chào</t:echo>");
        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_VPCP), request.toXml(), true);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("http://www.w3.org/2003/05/soap-envelope")
                .contains("<t:echoResponse xmlns:t=\"urn:test\">xin chào</t:echoResponse>")
                .containsPattern("<xrd:requestHash[^>]*>[A-Za-z0-9+/=]{88}</xrd:requestHash>");
    }

    @Test
    void aGlobalGroupGrantsTheProvincialOneStopShop() throws Exception {
        XRoadRequest request = XRoadRequest.from(ONE_STOP, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "residence-confirmation"));
        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_HANOI), request.toXml(), false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Nguyễn Văn An");
    }

    @Test
    void anUnknownCitizenIsNotFound() throws Exception {
        XRoadRequest request = XRoadRequest.from(PORTAL, GET_CITIZEN).body(XRoadRequest.getCitizenBody("001099999999", "lookup"));
        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_VPCP), request.toXml(), false);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("NOT_FOUND");
    }

    @Test
    void listMethodsNamesTheServicesAndAllowedMethodsOnlyTheGrantedOnes() throws Exception {
        SoapHttp.Answer all = http.post(fixture.federation.clientProxy(SS_VPCP), XRoadRequest
                .from(OFFICE_HR, NPD.service("listMethods", null))
                .body("<xrd:listMethods xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"/>").toXml(), false);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("listMethodsResponse").contains("<id:serviceCode>getCitizen</id:serviceCode>");

        SoapHttp.Answer deniedClient = http.post(fixture.federation.clientProxy(SS_VPCP), XRoadRequest
                .from(OFFICE_HR, NPD.service("allowedMethods", null))
                .body("<xrd:allowedMethods xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"/>").toXml(), false);
        assertThat(deniedClient.status()).isEqualTo(200);
        assertThat(deniedClient.body()).contains("allowedMethodsResponse").doesNotContain("getCitizen");

        SoapHttp.Answer grantedClient = http.post(fixture.federation.clientProxy(SS_VPCP), XRoadRequest
                .from(PORTAL, NPD.service("allowedMethods", null))
                .body("<xrd:allowedMethods xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"/>").toXml(), false);
        assertThat(grantedClient.body()).contains("<id:serviceCode>getCitizen</id:serviceCode>");
    }

    @Test
    void getWsdlReturnsTheServiceContract() throws Exception {
        SoapHttp.Answer answer = http.post(fixture.federation.clientProxy(SS_VPCP), XRoadRequest
                .from(PORTAL, NPD.service("getWsdl", null))
                .body("<xrd:getWsdl xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"><xrd:serviceCode>getCitizen</xrd:serviceCode>"
                        + "<xrd:serviceVersion>v1</xrd:serviceVersion></xrd:getWsdl>").toXml(), false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("getWsdlResponse").contains("definitions").contains("getCitizen");
    }

    @Test
    void wsdlOverHttpGetIsSelfContained() throws Exception {
        SoapHttp.Answer answer = http.get(fixture.federation.clientProxy(SS_VPCP).resolve("/wsdl?client=" + PORTAL
                + "&xRoadInstance=VN&memberClass=GOV&memberCode=MPS&subsystemCode=NPD&serviceCode=getCitizen&version=v1"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).startsWith("<wsdl:definitions").contains("targetNamespace=\"http://x-road.eu/xsd/xroad.xsd\"")
                .contains("targetNamespace=\"http://x-road.eu/xsd/identifiers\"").doesNotContain("schemaLocation");
    }

    @Test
    void wsdlOverHttpGetNeedsItsParameters() throws Exception {
        SoapHttp.Answer answer = http.get(fixture.federation.clientProxy(SS_VPCP).resolve("/wsdl?serviceCode=getCitizen"));
        Faults.assertFault(answer, "Client.InvalidRequest");
    }

    @Test
    void listClientsNamesEveryMemberAndSubsystem() throws Exception {
        SoapHttp.Answer answer = http.get(fixture.federation.clientProxy(SS_VPCP).resolve("/listClients"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("clientList").contains("<id:subsystemCode>NPD</id:subsystemCode>")
                .contains("Bộ Công an");
    }

    private static java.util.List<String> headerOrder(String body) {
        String header = body.substring(body.indexOf("Header"), body.indexOf("Body"));
        Matcher m = Pattern.compile("<xrd:(client|service|id|userId|issue|protocolVersion|requestHash)[ >]").matcher(header);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
