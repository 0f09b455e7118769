package vn.lienthong.benchmarks.driver;

import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;

import java.nio.charset.StandardCharsets;
import vn.lienthong.launcher.demo.XRoadRequest;

/**
 * The request every scenario sends: the Public Service Portal asks the NPD for one citizen (X-Road protocol
 * 4.0 headers, a fresh message id each time).
 */
public final class GetCitizenRequests {

    public static final String PIN = "001099012345";

    private GetCitizenRequests() {
    }

    public static String nextXml() {
        return XRoadRequest.from(PORTAL, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(PIN, "household-business-registration")).toXml();
    }

    public static byte[] next() {
        return nextXml().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether an answer carries the citizen record (cheap text check, same for every scenario). */
    public static boolean isCitizenRecord(String answer) {
        return answer.contains("getCitizenResponse") && answer.contains(">FOUND<") && answer.contains(PIN);
    }
}
