package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.messaging.BrokerSettings;
import vn.lienthong.routes.provider.messaging.DeadLetter;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * A subscriber that keeps failing: its notification is retried with backoff, then lands in the
 * dead-letter queue, where the operator sees it and, once the subscriber is back, replays it.
 */
class NotificationDeadLetterTest {

    @Test
    void aNotificationPastTheRetryBoundWaitsInTheDeadLetterQueueForReplay() throws Exception {
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
            new XRoadCall(NpdUpdateServiceTest.CIVIL_STATUS, NpdUpdateServiceTest.SERVICE, "officer").post(npd.updateUrl(),
                    UpdateBodies.update("KT-DLQ-1", NpdDemoCitizens.TON_THAT_BAO, "DEATH_REGISTERED",
                            UpdateBodies.death("2025-05-01")), null);

            List<DeadLetter> dead = await().atMost(Duration.ofSeconds(30))
                    .until(() -> npd.operator().deadLetters(), letters -> letters.size() == 1);
            assertThat(subscriber.attempts()).as("3 tries per delivery, 2 deliveries").isEqualTo(6);
            assertThat(dead.get(0).originQueue()).isEqualTo("npd.notifications");
            assertThat(subscriber.received()).isEmpty();

            subscriber.answer(200);
            assertThat(npd.operator().replay(dead.get(0).messageId())).isTrue();

            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 1);
            assertThat(subscriber.received().get(0)).contains("<ntf:value>2025-05-01</ntf:value>");
            assertThat(npd.operator().deadLetters()).isEmpty();
        }
    }
}
