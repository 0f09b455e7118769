package vn.lienthong.benchmarks.scale.npd;

import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;

import vn.lienthong.launcher.demo.XRoadRequest;

/**
 * The two NPD queries measured, as the Public Service Portal sends them (X-Road 4.0 headers, a purpose its
 * mandate in {@code npd/mandates.xml} grants), and the answer each must get.
 */
enum NpdOperation {

    /** The record, identity and residence fields, for a household business registration. */
    GET_CITIZEN("getCitizen") {
        @Override
        String body(SampledCitizen citizen) {
            return XRoadRequest.getCitizenBody(citizen.pin(), "household-business-registration");
        }

        @Override
        boolean answered(String answer, SampledCitizen citizen) {
            return answer.contains("getCitizenResponse") && answer.contains(">FOUND<") && answer.contains(citizen.pin());
        }
    },

    /** Name and date of birth as recorded: MATCH, for an identity verification. */
    VERIFY_CITIZEN("verifyCitizen") {
        @Override
        String body(SampledCitizen citizen) {
            return "<npd:verifyCitizen xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                    + "<npd:personalIdentificationNumber>" + citizen.pin() + "</npd:personalIdentificationNumber>"
                    + "<npd:purpose>identity-verification</npd:purpose><npd:claims>"
                    + "<npd:fullName>" + escaped(citizen.fullName()) + "</npd:fullName>"
                    + "<npd:dateOfBirth>" + citizen.dateOfBirth() + "</npd:dateOfBirth>"
                    + "</npd:claims></npd:verifyCitizen>";
        }

        @Override
        boolean answered(String answer, SampledCitizen citizen) {
            return answer.contains("verifyCitizenResponse") && answer.contains(">MATCH<");
        }
    };

    private final String serviceCode;

    NpdOperation(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    String serviceCode() {
        return serviceCode;
    }

    abstract String body(SampledCitizen citizen);

    /** Whether the answer is the one this citizen must get. */
    abstract boolean answered(String answer, SampledCitizen citizen);

    String request(SampledCitizen citizen) {
        return XRoadRequest.from(PORTAL, NPD.service(serviceCode, "v1")).body(body(citizen)).toXml();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
