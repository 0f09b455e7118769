package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.routes.provider.npd.NpdQueryServiceTest.child;
import static vn.lienthong.routes.provider.npd.NpdQueryServiceTest.text;
import static vn.lienthong.routes.provider.npd.NpdQueryServiceTest.texts;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.messaging.XRoadCall;
import vn.lienthong.routes.provider.npd.record.PersonalIdentificationNumber;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.update.HeldUpdate;
import vn.lienthong.routes.provider.npd.update.UpdateOutcome;
import vn.lienthong.routes.provider.npd.update.UpdateStatus;
import vn.lienthong.wsdl.npd.GenderCode;

/** The update pipeline through SOAP: receive → validate → transform → apply → publish, and the operator's review. */
class NpdUpdateServiceTest {

    static final String CIVIL_STATUS = "VN/GOV/MOJ/CIVIL-STATUS";
    static final String RESIDENCE = "VN/GOV/MPS/RESIDENCE";
    static final String SERVICE = "VN/GOV/MPS/NPD/applyUpdate/v1";

    private DataSource database;
    private NpdProviderSystem npd;

    @BeforeEach
    void start() {
        database = NpdTestFixtures.freshDatabase();
        npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), database);
    }

    @AfterEach
    void stop() {
        npd.close();
    }

    @Test
    void aBirthRegistrationGetsANewNumberAndARecord() throws Exception {
        Element answer = apply(CIVIL_STATUS, UpdateBodies.update("KS-2025-0042", null, "BIRTH_REGISTERED",
                UpdateBodies.birth("Nguyễn Minh Châu", "2025-04-28", "NU", "01")));

        assertThat(text(answer, "status")).isEqualTo("APPLIED");
        assertThat(text(answer, "duplicate")).isEqualTo("false");
        PersonalIdentificationNumber pin = new PersonalIdentificationNumber(text(answer, "personalIdentificationNumber"));
        assertThat(pin.registrationCode()).isEqualTo("001");
        assertThat(pin.gender()).isEqualTo(GenderCode.FEMALE);
        assertThat(pin.birthYear()).isEqualTo(2025);
        var stored = new CitizenStore(database).current(pin.value()).orElseThrow();
        assertThat(stored.record().fullName()).isEqualTo("Nguyễn Minh Châu");
        assertThat(stored.source()).isEqualTo(CIVIL_STATUS);
        assertThat(stored.record().relatives()).extracting(r -> r.fullName()).containsExactly("Nguyễn Văn An", "Phạm Ngọc Hân");
    }

    @Test
    void anUpdateIdAppliedTwiceChangesNothingAndGetsTheFirstAnswer() throws Exception {
        String body = UpdateBodies.update("KS-2025-0043", null, "BIRTH_REGISTERED",
                UpdateBodies.birth("Trần Gia Bảo", "2025-04-30", "NAM", "79"));

        Element first = apply(CIVIL_STATUS, body);
        Element again = apply(CIVIL_STATUS, body);

        assertThat(text(again, "duplicate")).isEqualTo("true");
        assertThat(text(again, "status")).isEqualTo("APPLIED");
        assertThat(text(again, "personalIdentificationNumber")).isEqualTo(text(first, "personalIdentificationNumber"));
        assertThat(new CitizenStore(database).count()).isEqualTo(NpdDemoCitizens.all().size() + 1);
    }

    @Test
    void lifeEventsBecomeVersionsAndTheDeadDoNotMarry() throws Exception {
        String pin = NpdDemoCitizens.NGUYEN_VAN_AN;
        assertThat(text(apply(CIVIL_STATUS, UpdateBodies.update("KH-1", pin, "MARRIAGE_REGISTERED",
                UpdateBodies.marriage("Lê Thị Thu"))), "versionNo")).isEqualTo("2");
        assertThat(text(apply(CIVIL_STATUS, UpdateBodies.update("KT-1", pin, "DEATH_REGISTERED",
                UpdateBodies.death("2025-05-01"))), "status")).isEqualTo("APPLIED");

        Element unchanged = apply(CIVIL_STATUS, UpdateBodies.update("KH-2", pin, "MARRIAGE_REGISTERED",
                UpdateBodies.changes("maritalStatus", "MARRIED", null)));
        assertThat(text(unchanged, "status")).isEqualTo("UNCHANGED");
        Element marryDead = apply(CIVIL_STATUS, UpdateBodies.update("KH-3", NpdDemoCitizens.VU_DINH_HUNG_DECEASED,
                "MARRIAGE_REGISTERED", UpdateBodies.marriage("Hoàng Thị Lan")));
        assertThat(text(marryDead, "status")).isEqualTo("REJECTED");
        assertThat(texts(child(marryDead, "violation"), "code")).containsExactly("Record.Event.MarriageOfDeceased");
    }

    @Test
    void anUnknownCitizenOrARuleBreachIsRejectedWithItsCode() throws Exception {
        Element unknown = apply(RESIDENCE, UpdateBodies.update("CT-9", NpdDemoCitizens.UNREGISTERED, "PERMANENT_RESIDENCE_CHANGED",
                UpdateBodies.residence("PERMANENT", "01", "006", "00208", "Số 1")));
        assertThat(texts(child(unknown, "violation"), "code")).containsExactly("Update.Citizen.Unknown");

        Element badProvince = apply(RESIDENCE, UpdateBodies.update("CT-10", NpdDemoCitizens.TON_THAT_BAO,
                "PERMANENT_RESIDENCE_CHANGED", UpdateBodies.residence("PERMANENT", "03", null, "00208", "Số 1")));
        assertThat(text(badProvince, "status")).isEqualTo("REJECTED");
        assertThat(texts(child(badProvince, "violation"), "code")).containsExactly("Record.Code.Unknown");
    }

    @Test
    void aChangeToWhatAnotherSourceSaidIsHeldUntilAnOperatorDecides() throws Exception {
        String pin = NpdDemoCitizens.TON_THAT_BAO;
        apply(CIVIL_STATUS, UpdateBodies.update("HT-1", pin, "NAME_CHANGED", UpdateBodies.changes("fullName", "Tôn Thất Bảo Long", null)));

        Element held = apply(RESIDENCE, UpdateBodies.update("CT-1", pin, "RECORD_CORRECTED",
                UpdateBodies.changes("fullName", "Tôn Thất Bảo", null)));
        assertThat(text(held, "status")).isEqualTo("HELD");
        assertThat(texts(child(held, "violation"), "code")).containsExactly("Update.Conflict");
        assertThat(currentName(pin)).isEqualTo("Tôn Thất Bảo Long");

        List<HeldUpdate> waiting = npd.operator().heldUpdates();
        assertThat(waiting).extracting(HeldUpdate::updateId).containsExactly("CT-1");
        assertThat(waiting.get(0).source()).isEqualTo(RESIDENCE);

        UpdateOutcome accepted = npd.operator().accept("CT-1", "operator.hanoi", "checked with the civil status agency");
        assertThat(accepted.status()).isEqualTo(UpdateStatus.APPLIED);
        assertThat(currentName(pin)).isEqualTo("Tôn Thất Bảo");
        assertThat(npd.operator().heldUpdates()).isEmpty();
        assertThat(text(apply(RESIDENCE, UpdateBodies.update("CT-1", pin, "RECORD_CORRECTED",
                UpdateBodies.changes("fullName", "Tôn Thất Bảo", null))), "duplicate")).isEqualTo("true");

        Element knowing = apply(RESIDENCE, UpdateBodies.update("CT-2", NpdDemoCitizens.LY_GIA_HAO, "RECORD_CORRECTED",
                UpdateBodies.changes("otherNames", "Hào", "A Hào")));
        assertThat(text(knowing, "status")).as("a source that names the value it replaces is no conflict").isEqualTo("APPLIED");
    }

    @Test
    void aRejectedHeldUpdateLeavesTheRecordAlone() throws Exception {
        String pin = NpdDemoCitizens.THACH_THI_SO_PHIA;
        apply(CIVIL_STATUS, UpdateBodies.update("HT-5", pin, "NAME_CHANGED", UpdateBodies.changes("fullName", "Thạch Sô Phia", null)));
        apply(RESIDENCE, UpdateBodies.update("CT-5", pin, "RECORD_CORRECTED", UpdateBodies.changes("fullName", "Thạch Thị Phia", null)));

        assertThat(npd.operator().reject("CT-5", "operator.soctrang", "the citizen confirmed the civil status name").status())
                .isEqualTo(UpdateStatus.REJECTED);

        assertThat(currentName(pin)).isEqualTo("Thạch Sô Phia");
        assertThat(npd.operator().heldUpdates()).isEmpty();
    }

    @Test
    void subscribersHearOfTheEventsTheyAskedForWithTheFieldsTheirMandateCovers() throws Exception {
        try (RecordingSubscriber vss = new RecordingSubscriber()) {
            XRoadCall asVss = new XRoadCall(NpdQueryServiceTest.VSS, "VN/GOV/MPS/NPD/subscribe/v1", "vss-operator");
            XRoadCall.Reply subscribed = asVss.post(npd.endpointUrl(), "<npd:subscribe xmlns:npd=\"" + NpdTestFixtures.NPD + "\">"
                    + "<npd:purpose>health-insurance-enrolment</npd:purpose><npd:callbackUrl>" + vss.url() + "</npd:callbackUrl>"
                    + "<npd:eventType>DEATH_REGISTERED</npd:eventType></npd:subscribe>", null);
            assertThat(subscribed.body()).contains("SUBSCRIBED");

            apply(RESIDENCE, UpdateBodies.update("CT-20", NpdDemoCitizens.LE_MINH_KHANG, "TEMPORARY_RESIDENCE_CHANGED",
                    UpdateBodies.residence("TEMPORARY", "01", null, "00631", "Phòng 12")));
            apply(CIVIL_STATUS, UpdateBodies.update("KT-20", NpdDemoCitizens.NGO_KHANH_LINH, "DEATH_REGISTERED",
                    UpdateBodies.death("2025-04-01")));

            await().atMost(Duration.ofSeconds(20)).until(() -> vss.received().size() == 1);
            String notification = vss.received().get(0);
            assertThat(notification).contains("<ntf:personalIdentificationNumber>" + NpdDemoCitizens.NGO_KHANH_LINH)
                    .contains("<ntf:eventType>DEATH_REGISTERED</ntf:eventType>")
                    .contains("<ntf:path>dateOfDeath</ntf:path><ntf:value>2025-04-01</ntf:value>")
                    .doesNotContain("religion").doesNotContain("ethnicity")
                    .contains("<id:memberCode>VSS</id:memberCode>").contains("<id:serviceCode>notifyChange</id:serviceCode>");
        }
    }

    @Test
    void inAFederationNotificationsLeaveThroughTheNpdsOwnClientProxy() throws Exception {
        try (RecordingSubscriber clientProxy = new RecordingSubscriber();
                NpdProviderSystem federated = NpdProviderSystem.builder().port(NpdTestFixtures.freePort())
                        .dataSource(NpdTestFixtures.freshDatabase()).notificationsVia(clientProxy.url()).start()) {
            XRoadCall asVss = new XRoadCall(NpdQueryServiceTest.VSS, "VN/GOV/MPS/NPD/subscribe/v1", "vss-operator");
            XRoadCall.Reply subscribed = asVss.post(federated.endpointUrl(), "<npd:subscribe xmlns:npd=\"" + NpdTestFixtures.NPD
                    + "\"><npd:purpose>health-insurance-enrolment</npd:purpose>"
                    + "<npd:callbackUrl>http://127.0.0.1:9/not-reachable-from-the-npd</npd:callbackUrl>"
                    + "<npd:eventType>DEATH_REGISTERED</npd:eventType></npd:subscribe>", null);
            assertThat(subscribed.body()).contains("SUBSCRIBED");

            XRoadCall.Reply died = new XRoadCall(CIVIL_STATUS, SERVICE, "officer-1").post(federated.updateUrl(),
                    UpdateBodies.update("KT-21", NpdDemoCitizens.NGO_KHANH_LINH, "DEATH_REGISTERED", UpdateBodies.death("2025-04-01")),
                    "HS-2025-2");
            assertThat(died.status()).as(died.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(20)).until(() -> clientProxy.received().size() == 1);
            Element header = NpdTestFixtures.parse(clientProxy.received().get(0)).getDocumentElement();
            assertThat(xroad(header, "client", "memberCode")).isEqualTo("MPS");
            assertThat(xroad(header, "client", "subsystemCode")).isEqualTo("NPD");
            assertThat(xroad(header, "service", "memberCode")).isEqualTo("VSS");
            assertThat(xroad(header, "service", "subsystemCode")).isEqualTo("INSURANCE");
            assertThat(xroad(header, "service", "serviceCode")).isEqualTo("notifyChange");
        }
    }

    /** The text of an identifier part inside the X-Road header element {@code client} or {@code service}. */
    private static String xroad(Element envelope, String header, String part) {
        Element element = (Element) envelope.getElementsByTagNameNS("http://x-road.eu/xsd/xroad.xsd", header).item(0);
        return element.getElementsByTagNameNS("http://x-road.eu/xsd/identifiers", part).item(0).getTextContent();
    }

    @Test
    void anUpdateWithoutASourceIsAClientFault() throws Exception {
        String envelope = NpdTestFixtures.envelope("", UpdateBodies.update("X-1", NpdDemoCitizens.NGUYEN_VAN_AN,
                "DEATH_REGISTERED", UpdateBodies.death("2025-01-01")));
        var response = NpdTestFixtures.send(NpdTestFixtures.soapPost(npd.updateUrl(), envelope));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Update.Request.UnknownSource").contains("updateFault");
    }

    private String currentName(String pin) throws SQLException {
        return new CitizenStore(database).current(pin).orElseThrow().record().fullName();
    }

    private Element apply(String source, String body) throws Exception {
        XRoadCall.Reply reply = new XRoadCall(source, SERVICE, "officer-1").post(npd.updateUrl(), body, "HS-2025-1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return NpdQueryServiceTest.body(NpdTestFixtures.parse(reply.body()));
    }
}
