package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.NPD;

import static vn.lienthong.routes.provider.npd.NpdTestFixtures.parse;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.send;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPart;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPost;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import java.util.stream.Collectors;

import javax.sql.DataSource;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.Jdbc;
import vn.lienthong.routes.provider.npd.store.VersionMeta;
import vn.lienthong.wsdl.Contracts;

/**
 * The NPD query operations under the demo mandates (src/main/resources/npd/mandates.xml), over raw SOAP
 * with X-Road headers naming the consumer. Every response body is checked against the published schema.
 */
class NpdQueryServiceTest {

    static final String VSS = "VN/PUB/VSS/INSURANCE";
    static final String PORTAL = "VN/GOV/VPCP/PORTAL";
    static final String ONE_STOP = "VN/PROV/HANOI/ONESTOP";
    static final String STRANGER = "VN/GOV/VPCP/HR";

    private static NpdProviderSystem npd;
    private static final Instant LOADED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant RENAMED = Instant.parse("2025-03-01T02:00:00Z");

    @BeforeAll
    static void start() throws Exception {
        DataSource database = NpdTestFixtures.freshDatabase();
        npd = NpdProviderSystem.builder().port(NpdTestFixtures.freePort()).dataSource(database)
                .clock(Clock.fixed(LOADED, ZoneOffset.UTC)).start();
        CitizenStore store = new CitizenStore(database);
        CitizenRecord before = NpdDemoCitizens.get(NpdDemoCitizens.PHAM_NGOC_HAN);
        CitizenRecord renamed = before.toBuilder().fullName("Phạm Ngọc Hân Nhi").build();
        Jdbc.inTransaction(database, c -> store.append(c, renamed, new VersionMeta(RENAMED, "VN/GOV/MOJ/CIVIL-STATUS",
                "ho-tich-2025-77", "NAME_CHANGED", renamed.changedPathsSince(before))));
    }

    @AfterAll
    static void stop() {
        npd.close();
    }

    @Test
    void socialSecuritySeesIdentityBirthResidenceAndDeathButNotReligionOrEthnicity() throws Exception {
        Document response = call(VSS, getCitizen(NpdDemoCitizens.NGUYEN_VAN_AN, "health-insurance-enrolment"));

        Element answer = body(response);
        assertThat(text(answer, "outcome")).isEqualTo("FOUND");
        Element citizen = child(answer, "citizen");
        assertThat(names(citizen)).containsExactly("personalIdentificationNumber", "fullName", "dateOfBirth", "gender",
                "nationality", "permanentResidence", "currentResidence", "healthInsuranceNumber");
        assertThat(text(citizen, "fullName")).isEqualTo("Nguyễn Văn An");
        Element disclosure = disclosure(response);
        assertThat(text(disclosure, "operation")).isEqualTo("getCitizen");
        assertThat(text(disclosure, "consumer")).isEqualTo(VSS);
        assertThat(text(disclosure, "purpose")).isEqualTo("health-insurance-enrolment");
        assertThat(text(disclosure, "issue")).isEqualTo("HS-2025-000123");
        Element disclosed = child(disclosure, "citizen");
        assertThat(text(disclosed, "pin")).isEqualTo(NpdDemoCitizens.NGUYEN_VAN_AN);
        assertThat(texts(disclosed, "field")).containsExactly("fullName", "dateOfBirth", "gender", "nationality",
                "permanentResidence", "currentResidence", "healthInsuranceNumber");
    }

    @Test
    void theOneStopShopSeesTheHouseholdForResidenceConfirmation() throws Exception {
        Element citizen = child(body(call(ONE_STOP, getCitizen(NpdDemoCitizens.NGUYEN_VAN_AN, "residence-confirmation"))), "citizen");

        assertThat(names(citizen)).contains("household", "residenceFileNumber").doesNotContain("religion", "mobilePhone");
        Element household = child(citizen, "household");
        assertThat(text(household, "householdId")).isEqualTo("HN-00208-000412");
        assertThat(texts(child(household, "member"), "fullName")).containsExactly("Nguyễn Văn An");
    }

    @Test
    void anUnknownPurposeOrAConsumerWithoutMandateIsNotPermittedAndLearnsNothing() throws Exception {
        for (String[] ask : new String[][] {{PORTAL, "curiosity"}, {STRANGER, "lookup"}}) {
            Document response = call(ask[0], getCitizen(NpdDemoCitizens.NGUYEN_VAN_AN, ask[1]));
            assertThat(names(body(response))).containsExactly("outcome");
            assertThat(text(body(response), "outcome")).isEqualTo("NOT_PERMITTED");
            assertThat(children(disclosure(response), "citizen")).isEmpty();
        }
        Document unknown = call(STRANGER, getCitizen(NpdDemoCitizens.UNREGISTERED, "lookup"));
        assertThat(text(body(unknown), "outcome")).as("no mandate: existence is not revealed either").isEqualTo("NOT_PERMITTED");
    }

    @Test
    void aBatchAnswersEachNumberInOrder() throws Exception {
        Document response = call(PORTAL, "<npd:getCitizens>"
                + pins(NpdDemoCitizens.NGUYEN_VAN_AN, NpdDemoCitizens.UNREGISTERED, NpdDemoCitizens.DO_QUANG_VINH_RESTRICTED)
                + "<npd:purpose>lookup</npd:purpose></npd:getCitizens>");

        List<Element> results = children(body(response), "result");
        assertThat(results).extracting(r -> text(r, "outcome")).containsExactly("FOUND", "NOT_FOUND", "NOT_PERMITTED");
        assertThat(text(child(results.get(0), "citizen"), "fullName")).isEqualTo("Nguyễn Văn An");
        assertThat(children(disclosure(response), "citizen")).extracting(c -> text(c, "pin"))
                .containsExactly(NpdDemoCitizens.NGUYEN_VAN_AN);
    }

    @Test
    void aBatchOfMoreThanAHundredIsRefused() throws Exception {
        String many = pins(Collections.nCopies(101, NpdDemoCitizens.NGUYEN_VAN_AN).toArray(String[]::new));
        HttpResponse<String> response = send(soapPost(npd.endpointUrl(), NpdTestFixtures.envelope(headers(PORTAL, "getCitizens"),
                "<npd:getCitizens>" + many + "<npd:purpose>lookup</npd:purpose></npd:getCitizens>")));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("TOO_MANY_IDENTIFICATION_NUMBERS");
    }

    @Test
    void verificationSaysMatchOrNoMatchAndNothingElse() throws Exception {
        String claims = "<npd:fullName>  nguyễn văn AN </npd:fullName><npd:dateOfBirth>1999-03-14</npd:dateOfBirth>"
                + "<npd:alive>true</npd:alive>";
        Document match = call(PORTAL, verify(NpdDemoCitizens.NGUYEN_VAN_AN, "identity-verification", claims));
        assertThat(names(body(match))).containsExactly("outcome", "verification");
        assertThat(text(body(match), "verification")).isEqualTo("MATCH");
        assertThat(texts(child(disclosure(match), "citizen"), "field")).containsExactly("fullName", "dateOfBirth", "dateOfDeath");

        Document noMatch = call(PORTAL, verify(NpdDemoCitizens.NGUYEN_VAN_AN, "identity-verification",
                "<npd:fullName>Nguyen Van An</npd:fullName>"));
        assertThat(text(body(noMatch), "verification")).as("diacritics count").isEqualTo("NO_MATCH");

        Document beyondMandate = call(PORTAL, verify(NpdDemoCitizens.NGUYEN_VAN_AN, "identity-verification",
                "<npd:maritalStatus>SINGLE</npd:maritalStatus>"));
        assertThat(names(body(beyondMandate))).containsExactly("outcome");
        assertThat(text(body(beyondMandate), "outcome")).isEqualTo("NOT_PERMITTED");
    }

    @Test
    void theRecordAsOfADayIsTheVersionCurrentThen() throws Exception {
        Element before = body(call(PORTAL, asOf(NpdDemoCitizens.PHAM_NGOC_HAN, "2024-06-01")));
        assertThat(text(child(before, "citizen"), "fullName")).isEqualTo("Phạm Ngọc Hân");
        assertThat(text(before, "versionRecordedAt")).isEqualTo("2024-01-01T00:00:00Z");

        Element after = body(call(PORTAL, asOf(NpdDemoCitizens.PHAM_NGOC_HAN, "2025-03-01")));
        assertThat(text(child(after, "citizen"), "fullName")).isEqualTo("Phạm Ngọc Hân Nhi");

        assertThat(text(body(call(PORTAL, asOf(NpdDemoCitizens.PHAM_NGOC_HAN, "2023-12-31"))), "outcome")).isEqualTo("NOT_FOUND");
    }

    @Test
    void changesSinceATimeListOnlyFieldsTheMandateCovers() throws Exception {
        Document response = call(PORTAL, changes("2025-01-01T00:00:00+07:00", null, null));
        Element answer = body(response);
        assertThat(text(answer, "outcome")).isEqualTo("FOUND");
        List<Element> listed = children(answer, "change");
        assertThat(listed).hasSize(1);
        assertThat(text(listed.get(0), "eventType")).isEqualTo("NAME_CHANGED");
        assertThat(texts(listed.get(0), "changedField")).containsExactly("fullName");
        assertThat(names(child(listed.get(0), "citizen"))).containsExactly("personalIdentificationNumber", "fullName");
        assertThat(text(answer, "more")).isEqualTo("false");

        Element page = body(call(PORTAL, changes("2023-12-31T00:00:00Z", null, 2)));
        assertThat(children(page, "change")).hasSize(2);
        assertThat(text(page, "more")).isEqualTo("true");
        Element next = body(call(PORTAL, changes("2023-12-31T00:00:00Z", text(page, "lastChangeNumber"), 2)));
        assertThat(Long.parseLong(text(children(next, "change").get(0), "changeNumber")))
                .isGreaterThan(Long.parseLong(text(page, "lastChangeNumber")));

        assertThat(text(body(call(STRANGER, changes("2023-12-31T00:00:00Z", null, null))), "outcome")).isEqualTo("NOT_PERMITTED");
    }

    @Test
    void subscriptionsNeedAMandateAndBelongToTheirConsumer() throws Exception {
        Element subscribed = body(call(VSS, subscribe("health-insurance-enrolment", "http://127.0.0.1:9/notify", "DEATH_REGISTERED")));
        assertThat(text(subscribed, "outcome")).isEqualTo("SUBSCRIBED");
        String id = text(subscribed, "subscriptionId");

        assertThat(text(body(call(PORTAL, subscribe("curiosity", "http://127.0.0.1:9/n", "DEATH_REGISTERED"))), "outcome"))
                .isEqualTo("NOT_PERMITTED");
        assertThat(text(body(call(PORTAL, unsubscribe(id))), "outcome")).isEqualTo("NOT_FOUND");
        assertThat(text(body(call(VSS, unsubscribe(id))), "outcome")).isEqualTo("UNSUBSCRIBED");

        HttpResponse<String> badUrl = send(soapPost(npd.endpointUrl(), NpdTestFixtures.envelope(headers(VSS, "subscribe"),
                subscribe("health-insurance-enrolment", "ftp://example", "DEATH_REGISTERED"))));
        assertThat(badUrl.body()).contains("INVALID_CALLBACK_URL");
    }

    // ----- requests -----

    static String getCitizen(String pin, String purpose) {
        return NpdTestFixtures.getCitizenBody(pin, purpose);
    }

    static String pins(String... pins) {
        return java.util.Arrays.stream(pins).map(p -> "<npd:personalIdentificationNumber>" + p + "</npd:personalIdentificationNumber>")
                .collect(Collectors.joining());
    }

    static String verify(String pin, String purpose, String claims) {
        return "<npd:verifyCitizen>" + pins(pin) + "<npd:purpose>" + purpose + "</npd:purpose><npd:claims>" + claims
                + "</npd:claims></npd:verifyCitizen>";
    }

    static String asOf(String pin, String day) {
        return "<npd:getCitizenAsOf>" + pins(pin) + "<npd:asOf>" + day + "</npd:asOf><npd:purpose>lookup</npd:purpose></npd:getCitizenAsOf>";
    }

    static String changes(String since, String after, Integer max) {
        return "<npd:getChangesSince><npd:since>" + since + "</npd:since><npd:purpose>lookup</npd:purpose>"
                + (after == null ? "" : "<npd:afterChangeNumber>" + after + "</npd:afterChangeNumber>")
                + (max == null ? "" : "<npd:maxChanges>" + max + "</npd:maxChanges>") + "</npd:getChangesSince>";
    }

    static String subscribe(String purpose, String url, String event) {
        return "<npd:subscribe><npd:purpose>" + purpose + "</npd:purpose><npd:callbackUrl>" + url + "</npd:callbackUrl>"
                + "<npd:eventType>" + event + "</npd:eventType></npd:subscribe>";
    }

    static String unsubscribe(String id) {
        return "<npd:unsubscribe><npd:subscriptionId>" + id + "</npd:subscriptionId></npd:unsubscribe>";
    }

    /** The X-Road header fields of a request from {@code client} (INSTANCE/CLASS/MEMBER/SUBSYSTEM). */
    static String headers(String client, String serviceCode) {
        String[] id = client.split("/");
        return "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>" + id[0] + "</id:xRoadInstance><id:memberClass>"
                + id[1] + "</id:memberClass><id:memberCode>" + id[2] + "</id:memberCode><id:subsystemCode>" + id[3]
                + "</id:subsystemCode></xrd:client>"
                + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
                + "<id:memberCode>MPS</id:memberCode><id:subsystemCode>NPD</id:subsystemCode><id:serviceCode>" + serviceCode
                + "</id:serviceCode><id:serviceVersion>v1</id:serviceVersion></xrd:service>"
                + "<xrd:userId>079085001234</xrd:userId><xrd:id>" + java.util.UUID.randomUUID() + "</xrd:id>"
                + "<xrd:issue>HS-2025-000123</xrd:issue><xrd:protocolVersion>4.0</xrd:protocolVersion>";
    }

    // ----- responses -----

    private static Document call(String client, String body) throws Exception {
        String operation = body.substring(body.indexOf(':') + 1, body.indexOf('>'));
        HttpResponse<String> response = send(soapPost(npd.endpointUrl(), NpdTestFixtures.envelope(headers(client, operation), body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document document = parse(response.body());
        Validator validator = Contracts.npdQueryMessageSchema().newValidator();
        validator.validate(new javax.xml.transform.dom.DOMSource(body(document)));
        for (Element header : NpdTestFixtures.children(soapPart(document, "Header"))) {
            if (NPD.equals(header.getNamespaceURI())) {
                validator.validate(new javax.xml.transform.dom.DOMSource(header));
            }
        }
        return document;
    }

    static Element body(Document response) {
        return NpdTestFixtures.children(soapPart(response, "Body")).get(0);
    }

    static Element disclosure(Document response) {
        return NpdTestFixtures.children(soapPart(response, "Header")).stream().filter(h -> h.getLocalName().equals("disclosure"))
                .findFirst().orElseThrow(() -> new AssertionError("no npd:disclosure header"));
    }

    static List<Element> children(Element parent, String name) {
        return NpdTestFixtures.children(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent, name).stream().findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    static List<String> names(Element parent) {
        return NpdTestFixtures.children(parent).stream().map(Element::getLocalName).toList();
    }

}
