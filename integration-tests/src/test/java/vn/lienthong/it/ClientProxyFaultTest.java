package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.Faults.assertFault;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.OFFICE_HR;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/** Bad input from an information system: each gets its precise fault, and the server keeps serving. */
class ClientProxyFaultTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    static URI portalProxy;
    final SoapHttp http = new SoapHttp();

    @BeforeAll
    static void start() {
        fixture = FederationFixture.start(folder);
        portalProxy = fixture.federation.clientProxy(SS_VPCP);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void serverKeepsServing() throws Exception {
        SoapHttp.Answer ok = http.post(portalProxy, good().toXml(), false);
        assertThat(ok.status()).as("a good request after the bad one: %s", ok.body()).isEqualTo(200);
    }

    private static XRoadRequest good() {
        return XRoadRequest.from(PORTAL, GET_CITIZEN).body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
    }

    private SoapHttp.Answer post(String xml) throws Exception {
        return http.post(portalProxy, xml, false);
    }

    @Test
    void emptyRequest() throws Exception {
        assertFault(post(""), "Client.InvalidSoap");
    }

    @Test
    void malformedXml() throws Exception {
        assertFault(post("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"),
                "Client.InvalidXml");
    }

    @Test
    void notSoap() throws Exception {
        assertFault(post("<hello/>"), "Client.InvalidSoap");
    }

    @Test
    void bodyMissing() throws Exception {
        String xml = good().toXml();
        xml = xml.substring(0, xml.indexOf("<soapenv:Body>")) + "</soapenv:Envelope>";
        assertFault(post(xml), "Client.MissingBody");
    }

    @Test
    void headerFieldMissing() throws Exception {
        String xml = good().toXml().replaceAll("<xrd:client .*</xrd:client>", "");
        assertFault(post(xml), "Client.MissingHeaderField");
    }

    @Test
    void headerFieldDuplicated() throws Exception {
        XRoadRequest r = good();
        String xml = r.toXml().replace("<xrd:id>" + r.id() + "</xrd:id>", "<xrd:id>a</xrd:id><xrd:id>b</xrd:id>");
        assertFault(post(xml), "Client.DuplicateHeaderField");
    }

    @Test
    void wrongProtocolVersion() throws Exception {
        assertFault(post(good().toXml().replace(">4.0<", ">3.1<")), "Client.InvalidProtocolVersion");
    }

    @Test
    void doctypeWithExternalEntity() throws Exception {
        String xml = good().toXml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("<npd:purpose>test", "<npd:purpose>&xxe;");
        SoapHttp.Answer answer = post(xml);
        assertFault(answer, "Client.InvalidXml");
        assertThat(answer.body()).doesNotContain("root:");
    }

    @Test
    void entityExpansion() throws Exception {
        String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        String xml = good().toXml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", laughs)
                .replace("<npd:purpose>test", "<npd:purpose>&d;");
        assertFault(post(xml), "Client.InvalidXml");
    }

    @Test
    void messageOverTheSizeLimit() throws Exception {
        String padding = "<npd:note>" + "x".repeat(11 * 1024 * 1024) + "</npd:note>";
        String xml = good().toXml().replace("<npd:purpose>", padding + "<npd:purpose>");
        SoapHttp.Answer answer = http.post(portalProxy, xml.getBytes(StandardCharsets.UTF_8), false);
        assertFault(answer, "Client.MessageTooLarge");
    }

    @Test
    void unknownClient() throws Exception {
        XRoadRequest r = XRoadRequest.from(ClientId.parse("VN/GOV/NOBODY/APP"), GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
        assertFault(post(r.toXml()), "Server.ClientProxy.UnknownMember");
    }

    @Test
    void clientOfAnotherInstance() throws Exception {
        XRoadRequest r = XRoadRequest.from(ClientId.parse("EE/GOV/70000310/APP"), GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
        assertFault(post(r.toXml()), "Client.UnknownMember");
    }

    @Test
    void clientSubsystemNotLocal() throws Exception {
        XRoadRequest r = XRoadRequest.from(ONE_STOP, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
        assertFault(post(r.toXml()), "Server.ClientProxy.ClientNotLocal");
    }

    @Test
    void unknownProvider() throws Exception {
        XRoadRequest r = XRoadRequest.from(PORTAL, ClientId.parse("VN/GOV/NOBODY/DB").service("getCitizen", "v1"))
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
        assertFault(post(r.toXml()), "Server.ClientProxy.UnknownService");
    }

    @Test
    void unknownServiceCode() throws Exception {
        XRoadRequest r = XRoadRequest.from(PORTAL, NPD.service("deleteCitizen", "v1"))
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "test"));
        assertFault(post(r.toXml()), "Server.ServerProxy.UnknownService");
    }

    @Test
    void accessDenied() throws Exception {
        XRoadRequest r = XRoadRequest.from(OFFICE_HR, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "curiosity"));
        assertFault(post(r.toXml()), "Server.ServerProxy.AccessDenied");
    }

    @Test
    void soap12FaultsAreSoap12() throws Exception {
        XRoadRequest r = XRoadRequest.from(OFFICE_HR, GET_CITIZEN).soap12()
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "curiosity"));
        SoapHttp.Answer answer = http.post(portalProxy, r.toXml(), true);
        assertThat(answer.body()).contains("http://www.w3.org/2003/05/soap-envelope").contains("<env:Subcode>");
        assertFault(answer, "Server.ServerProxy.AccessDenied");
    }
}
