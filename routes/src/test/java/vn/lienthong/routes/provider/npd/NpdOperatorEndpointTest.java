package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.messaging.BrokerSettings;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * The operator's HTTP endpoint on the NPD provider: held updates listed and resolved, dead letters listed and
 * replayed, and each mistake answered with its own status and one line.
 */
class NpdOperatorEndpointTest {

    @Test
    void anOperatorListsAHeldUpdateAndAcceptsItOnce() throws Exception {
        try (NpdProviderSystem npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), NpdTestFixtures.freshDatabase())) {
            String pin = NpdDemoCitizens.TON_THAT_BAO;
            applyUpdate(npd, NpdUpdateServiceTest.CIVIL_STATUS, UpdateBodies.update("HT-1", pin, "NAME_CHANGED",
                    UpdateBodies.changes("fullName", "Tôn Thất Bảo Long", null)));
            applyUpdate(npd, NpdUpdateServiceTest.RESIDENCE, UpdateBodies.update("CT-1", pin, "RECORD_CORRECTED",
                    UpdateBodies.changes("fullName", "Tôn Thất Bảo", null)));

            HttpResponse<String> held = get(npd.operatorUrl() + "/held");
            assertThat(held.statusCode()).isEqualTo(200);
            assertThat(held.headers().firstValue("LienThong-Answered-By")).hasValue("npd-operator");
            assertThat(held.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/tab-separated-values"));
            List<List<String>> rows = rows(held.body());
            assertThat(rows.get(0)).containsExactly("UPDATE", "CITIZEN", "SOURCE", "EVENT", "RECEIVED", "CHANGES", "CONFLICTS");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).subList(0, 4)).containsExactly("CT-1", pin, NpdUpdateServiceTest.RESIDENCE, "RECORD_CORRECTED");
            assertThat(rows.get(1).get(5)).isEqualTo("fullName");
            assertThat(rows.get(1).get(6)).isEqualTo("fullName was recorded by " + NpdUpdateServiceTest.CIVIL_STATUS + "; "
                    + NpdUpdateServiceTest.RESIDENCE + " would replace it without naming the value it replaces");

            HttpResponse<String> accepted = post(npd.operatorUrl() + "/held/accept",
                    Map.of("updateId", "CT-1", "operator", "operator.hanoi", "note", "checked with the civil status agency"));
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(accepted.body()).isEqualTo("update CT-1: APPLIED, version 3 of citizen " + pin + "\n");
            assertThat(npd.operator().heldUpdates()).isEmpty();
            assertThat(rows(get(npd.operatorUrl() + "/held").body())).hasSize(1);

            HttpResponse<String> again = post(npd.operatorUrl() + "/held/reject",
                    Map.of("updateId", "CT-1", "operator", "operator.hanoi", "note", "changed my mind"));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).isEqualTo("update CT-1 is APPLIED, not held: it was resolved already or never held\n");
        }
    }

    @Test
    void aDecisionWithoutOperatorOrNoteOrOnAnUnknownUpdateIsRefusedWithItsReason() throws Exception {
        try (NpdProviderSystem npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), NpdTestFixtures.freshDatabase())) {
            HttpResponse<String> noNote = post(npd.operatorUrl() + "/held/reject", Map.of("updateId", "CT-9", "operator", "op"));
            assertThat(noNote.statusCode()).isEqualTo(400);
            assertThat(noNote.body()).isEqualTo("the request needs the parameter 'note'"
                    + " (why, for the record: whom the operator checked with)\n");

            HttpResponse<String> blankOperator = post(npd.operatorUrl() + "/held/accept",
                    Map.of("updateId", "CT-9", "operator", " ", "note", "n"));
            assertThat(blankOperator.statusCode()).isEqualTo(400);

            HttpResponse<String> unknown = post(npd.operatorUrl() + "/held/accept",
                    Map.of("updateId", "CT-9", "operator", "op", "note", "n"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("no update CT-9 was received\n");

            HttpResponse<String> wrongPath = get(npd.operatorUrl() + "/held/accept");
            assertThat(wrongPath.statusCode()).isEqualTo(404);
            assertThat(wrongPath.body()).startsWith("no operator request GET /held/accept; there are [");
        }
    }

    @Test
    void aDeadLetterIsListedAndReplayedOverHttp() throws Exception {
        BrokerSettings quick = new BrokerSettings(2, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));
        try (MessageBroker broker = MessageBroker.inMemory(quick);
                RecordingSubscriber subscriber = new RecordingSubscriber();
                NpdProviderSystem npd = NpdProviderSystem.builder().port(NpdTestFixtures.freePort())
                        .dataSource(NpdTestFixtures.freshDatabase()).broker(broker)
                        .deliveryPolicy(new QueueDeliveryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(40))).start()) {
            subscriber.answer(503);
            new XRoadCall(NpdQueryServiceTest.VSS, "VN/GOV/MPS/NPD/subscribe/v1", "vss").post(npd.endpointUrl(),
                    NpdQueryServiceTest.subscribe("health-insurance-enrolment", subscriber.url(), "DEATH_REGISTERED")
                            .replace("<npd:subscribe>", "<npd:subscribe xmlns:npd=\"" + NpdTestFixtures.NPD + "\">"), null);
            applyUpdate(npd, NpdUpdateServiceTest.CIVIL_STATUS, UpdateBodies.update("KT-OP-1", NpdDemoCitizens.TON_THAT_BAO,
                    "DEATH_REGISTERED", UpdateBodies.death("2025-05-01")));

            List<List<String>> dead = await().atMost(Duration.ofSeconds(30))
                    .until(() -> rows(get(npd.operatorUrl() + "/dead-letters").body()), rows -> rows.size() == 2);
            assertThat(dead.get(0)).containsExactly("MESSAGE", "QUEUE", "DELIVERIES", "SENT", "KEY");
            assertThat(dead.get(1).get(1)).isEqualTo("npd.notifications");
            String messageId = dead.get(1).get(0);

            HttpResponse<String> unknown = post(npd.operatorUrl() + "/dead-letters/replay", Map.of("messageId", "ID:nothing"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("no dead letter ID:nothing is in the dead-letter queue\n");

            subscriber.answer(200);
            HttpResponse<String> replayed = post(npd.operatorUrl() + "/dead-letters/replay", Map.of("messageId", messageId));
            assertThat(replayed.statusCode()).isEqualTo(200);
            assertThat(replayed.body()).isEqualTo("replayed " + messageId + " to its queue\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 1);
            assertThat(rows(get(npd.operatorUrl() + "/dead-letters").body())).hasSize(1);

            HttpResponse<String> nothingLeft = post(npd.operatorUrl() + "/dead-letters/replay", Map.of("all", "true"));
            assertThat(nothingLeft.body()).isEqualTo("replayed 0 dead letter(s)\n");
        }
    }

    private static void applyUpdate(NpdProviderSystem npd, String source, String body) throws Exception {
        XRoadCall.Reply reply = new XRoadCall(source, NpdUpdateServiceTest.SERVICE, "officer-1").post(npd.updateUrl(), body, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static List<List<String>> rows(String tsv) {
        return tsv.lines().map(line -> Arrays.asList(line.split("\t", -1))).toList();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return NpdTestFixtures.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return NpdTestFixtures.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
