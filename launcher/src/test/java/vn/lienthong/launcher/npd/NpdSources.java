package vn.lienthong.launcher.npd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import vn.lienthong.routes.provider.messaging.XRoadCall;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;

/**
 * What the source databases and a subscriber send the NPD provider in these tests: field changes from two
 * sources (the second one conflicts and is held), and a subscription whose callback nobody answers.
 */
final class NpdSources {

    static final String CIVIL_STATUS = "VN/GOV/MOJ/CIVIL-STATUS";
    static final String RESIDENCE = "VN/GOV/MPS/RESIDENCE";
    private static final String UPDATE_SERVICE = "VN/GOV/MPS/NPD/applyUpdate/v1";

    private NpdSources() {
    }

    /** {@code source} changes one field of the citizen's record, without naming the value it replaces. */
    static void changeField(NpdProviderSystem npd, String source, String updateId, String pin, String eventType,
            String path, String value) throws IOException, InterruptedException {
        String body = "<upd:applyUpdate xmlns:upd=\"https://lienthong.gov.vn/npd/update/v1\"><upd:updateId>" + updateId
                + "</upd:updateId><upd:personalIdentificationNumber>" + pin + "</upd:personalIdentificationNumber>"
                + "<upd:eventType>" + eventType + "</upd:eventType>"
                + "<upd:metadata><upd:recordedAt>2025-05-02T09:30:00+07:00</upd:recordedAt>"
                + "<upd:legalBasis>Luật Hộ tịch 2014</upd:legalBasis><upd:documentNumber>" + updateId + "</upd:documentNumber>"
                + "<upd:officer>Cán bộ tư pháp - hộ tịch</upd:officer></upd:metadata>"
                + "<upd:changes><upd:change><upd:path>" + path + "</upd:path><upd:value>" + value + "</upd:value>"
                + "</upd:change></upd:changes></upd:applyUpdate>";
        XRoadCall.Reply reply = new XRoadCall(source, UPDATE_SERVICE, "officer-1").post(npd.updateUrl(), body, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** The health insurance fund subscribes to deaths with a callback on a port where nothing listens. */
    static void subscribeUnreachable(NpdProviderSystem npd) throws IOException, InterruptedException {
        String body = "<npd:subscribe xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                + "<npd:purpose>health-insurance-enrolment</npd:purpose>"
                + "<npd:callbackUrl>http://127.0.0.1:" + freePort() + "/notify</npd:callbackUrl>"
                + "<npd:eventType>DEATH_REGISTERED</npd:eventType></npd:subscribe>";
        XRoadCall.Reply reply = new XRoadCall("VN/PUB/VSS/INSURANCE", "VN/GOV/MPS/NPD/subscribe/v1", "vss")
                .post(npd.endpointUrl(), body, null);
        assertThat(reply.body()).contains("SUBSCRIBED");
    }

    /** A death registration: the event the unreachable subscriber asked for. */
    static void registerDeath(NpdProviderSystem npd, String updateId, String pin) throws IOException, InterruptedException {
        String body = "<upd:applyUpdate xmlns:upd=\"https://lienthong.gov.vn/npd/update/v1\"><upd:updateId>" + updateId
                + "</upd:updateId><upd:personalIdentificationNumber>" + pin + "</upd:personalIdentificationNumber>"
                + "<upd:eventType>DEATH_REGISTERED</upd:eventType>"
                + "<upd:metadata><upd:recordedAt>2025-05-02T09:30:00+07:00</upd:recordedAt>"
                + "<upd:legalBasis>Luật Hộ tịch 2014</upd:legalBasis><upd:documentNumber>" + updateId + "</upd:documentNumber>"
                + "<upd:officer>Cán bộ tư pháp - hộ tịch</upd:officer></upd:metadata>"
                + "<upd:deathRegistration><upd:registrationNumber>KT-2025-0007</upd:registrationNumber>"
                + "<upd:registeredOn>2025-05-02</upd:registeredOn><upd:dateOfDeath>2025-05-01</upd:dateOfDeath>"
                + "</upd:deathRegistration></upd:applyUpdate>";
        XRoadCall.Reply reply = new XRoadCall(CIVIL_STATUS, UPDATE_SERVICE, "officer-1").post(npd.updateUrl(), body, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
