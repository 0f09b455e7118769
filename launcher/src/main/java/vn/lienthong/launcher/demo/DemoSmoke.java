package vn.lienthong.launcher.demo;

import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.OFFICE_HR;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_HANOI;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * {@code lienthong demo --smoke}: a scripted set of exchanges through the running demo federation, printed
 * as a transcript (who asked whom for what, the outcome, the time taken). Each step states what it expects;
 * the run fails if any step gets something else.
 */
public final class DemoSmoke {

    /** One scripted exchange and its outcome. */
    public record Step(String who, String asks, String expected, String outcome, long millis, boolean passed) {
    }

    private final DemoFederation federation;
    private final SoapHttp http = new SoapHttp();

    public DemoSmoke(DemoFederation federation) {
        this.federation = federation;
    }

    public List<Step> run() throws IOException, InterruptedException {
        List<Step> steps = new ArrayList<>();
        String pin = NpdDemoCitizens.NGUYEN_VAN_AN;
        steps.add(soap(SS_VPCP, PORTAL, "NPD getCitizen " + pin + " (portal: register a household business)",
                XRoadRequest.from(PORTAL, GET_CITIZEN).issue("Đăng ký hộ kinh doanh")
                        .body(XRoadRequest.getCitizenBody(pin, "household-business-registration")),
                "FOUND", a -> a.status() == 200 && "FOUND".equals(outcome(a))));
        steps.add(soap(SS_HANOI, ONE_STOP, "NPD getCitizen " + pin + " (one-stop shop: residence confirmation)",
                XRoadRequest.from(ONE_STOP, GET_CITIZEN).issue("Xác nhận thông tin cư trú")
                        .body(XRoadRequest.getCitizenBody(pin, "residence-confirmation")),
                "FOUND", a -> a.status() == 200 && "FOUND".equals(outcome(a))));
        steps.add(soap(SS_VPCP, PORTAL, "NPD getCitizen 001099999999 (unknown citizen)",
                XRoadRequest.from(PORTAL, GET_CITIZEN).body(XRoadRequest.getCitizenBody("001099999999", "lookup")),
                "NOT_FOUND", a -> a.status() == 200 && "NOT_FOUND".equals(outcome(a))));
        steps.add(soap(SS_VPCP, PORTAL, "NPD verifyCitizen " + pin + " (name and birth date as declared)",
                XRoadRequest.from(PORTAL, NPD.service("verifyCitizen", "v1")).issue("Xác thực thông tin công dân")
                        .body("<npd:verifyCitizen xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                                + "<npd:personalIdentificationNumber>" + pin + "</npd:personalIdentificationNumber>"
                                + "<npd:purpose>identity-verification</npd:purpose><npd:claims>"
                                + "<npd:fullName>Nguyễn Văn An</npd:fullName><npd:dateOfBirth>1999-03-14</npd:dateOfBirth>"
                                + "</npd:claims></npd:verifyCitizen>"),
                "MATCH", a -> a.status() == 200 && a.body().matches("(?s).*<(\\w+:)?verification>MATCH</.*")));
        steps.add(soap(SS_HANOI, ONE_STOP, "NPD verifyCitizen " + pin + " (marriage registration: single?)",
                XRoadRequest.from(ONE_STOP, NPD.service("verifyCitizen", "v1")).issue("Đăng ký kết hôn")
                        .body("<npd:verifyCitizen xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                                + "<npd:personalIdentificationNumber>" + pin + "</npd:personalIdentificationNumber>"
                                + "<npd:purpose>marriage-registration</npd:purpose><npd:claims>"
                                + "<npd:maritalStatus>SINGLE</npd:maritalStatus><npd:alive>true</npd:alive>"
                                + "</npd:claims></npd:verifyCitizen>"),
                "MATCH", a -> a.status() == 200 && a.body().matches("(?s).*<(\\w+:)?verification>MATCH</.*")));
        steps.add(soap(SS_VPCP, PORTAL, "NPD listMethods", XRoadRequest.from(PORTAL, NPD.service("listMethods", null))
                .body("<xrd:listMethods xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"/>"),
                "a list naming getCitizen", a -> a.status() == 200 && a.body().contains("<id:serviceCode>getCitizen</id:serviceCode>")));
        steps.add(soap(SS_VPCP, PORTAL, "NPD getWsdl getCitizen v1", XRoadRequest.from(PORTAL, NPD.service("getWsdl", null))
                .body("<xrd:getWsdl xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"><xrd:serviceCode>getCitizen</xrd:serviceCode>"
                        + "<xrd:serviceVersion>v1</xrd:serviceVersion></xrd:getWsdl>"),
                "the WSDL", a -> a.status() == 200 && a.body().contains("wsdl:definitions")));
        steps.add(soap(SS_VPCP, OFFICE_HR, "NPD getCitizen " + pin + " (a subsystem without the right)",
                XRoadRequest.from(OFFICE_HR, GET_CITIZEN).body(XRoadRequest.getCitizenBody(pin, "curiosity")),
                "Server.ServerProxy.AccessDenied", a -> "Server.ServerProxy.AccessDenied".equals(a.faultCode())));
        try {
            steps.addAll(new DemoFeederSteps(federation).run());
        } catch (java.sql.SQLException e) {
            steps.add(new Step("feeders", "read a source database", "its records", "SQL error: " + e.getMessage(), 0, false));
        }
        steps.addAll(new DemoNewAgency(federation).join());
        steps.add(soap(DemoFederationSpec.SS_MOH, DemoFederationSpec.MEDICAL,
                "NPD getCitizen " + pin + " (the new agency's first message)",
                XRoadRequest.from(DemoFederationSpec.MEDICAL, GET_CITIZEN).issue("Khám chữa bệnh BHYT")
                        .body(XRoadRequest.getCitizenBody(pin, "health-insurance-treatment")),
                "FOUND", a -> a.status() == 200 && "FOUND".equals(outcome(a))));
        URI list = federation.clientProxy(SS_VPCP).resolve("/listClients");
        SoapHttp.Answer clients = http.get(list);
        boolean ok = clients.status() == 200 && clients.body().contains("NPD");
        steps.add(new Step("Portal IS", "GET listClients", "the federation's clients",
                ok ? clients.body().split("<xrd:member>", -1).length - 1 + " clients" : "HTTP " + clients.status(),
                clients.millis(), ok));
        return steps;
    }

    private Step soap(SecurityServerId via, ClientId who, String asks, XRoadRequest request, String expected,
            Predicate<SoapHttp.Answer> check) throws IOException, InterruptedException {
        SoapHttp.Answer a = http.post(federation.clientProxy(via), request.toXml(), request.isSoap12());
        return new Step(who.toString(), asks, expected, outcome(a), a.millis(), check.test(a));
    }

    /** What came back, in a word: the fault code, the getCitizen outcome, or the answer's first element. */
    static String outcome(SoapHttp.Answer a) {
        if (a.faultCode() != null) {
            return a.faultCode();
        }
        java.util.regex.Matcher verification = java.util.regex.Pattern.compile("<(?:\\w+:)?verification>(\\w+)</").matcher(a.body());
        if (verification.find()) {
            return verification.group(1);
        }
        java.util.regex.Matcher outcome = java.util.regex.Pattern.compile("<(?:\\w+:)?outcome>(\\w+)</").matcher(a.body());
        if (outcome.find()) {
            return outcome.group(1);
        }
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("Body[^>]*>\\s*<(?:\\w+:)?(\\w+)").matcher(a.body());
        return first.find() ? first.group(1) : "HTTP " + a.status();
    }

    public static void print(List<Step> steps, PrintStream out) {
        int who = Math.max(3, steps.stream().mapToInt(st -> st.who().length()).max().orElse(0));
        int asks = Math.max(4, steps.stream().mapToInt(st -> st.asks().length()).max().orElse(0));
        int outcome = Math.max(7, steps.stream().mapToInt(st -> st.outcome().length()).max().orElse(0));
        String row = "%-" + who + "s  %-" + asks + "s  %-" + outcome + "s  %6s  %s%n";
        out.printf(row, "who", "asks", "outcome", "ms", "");
        for (Step st : steps) {
            out.printf(row, st.who(), st.asks(), st.outcome(), st.millis(),
                    st.passed() ? "ok" : "FAILED (expected " + st.expected() + ")");
        }
        long failed = steps.stream().filter(st -> !st.passed()).count();
        out.println((steps.size() - failed) + " passed, " + failed + " failed");
    }
}
