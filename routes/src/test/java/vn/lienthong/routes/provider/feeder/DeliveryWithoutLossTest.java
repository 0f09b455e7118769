package vn.lienthong.routes.provider.feeder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.routes.provider.feeder.civilstatus.CivilStatusSystem;
import vn.lienthong.routes.provider.feeder.civilstatus.NameChangeDecision;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

/**
 * Decision 1911 asks for updates delivered without loss even when the NPD is down. A stream of name changes
 * for eight citizens flows from the civil status register; in the middle the NPD stops, the register goes
 * on recording, its broker and feed are restarted from the journal on disk, repeats of already delivered
 * updates are sent, and then the NPD comes back: every update is applied exactly once, in order per citizen.
 */
class DeliveryWithoutLossTest {

    private static final int PER_CITIZEN = 5;
    private static final List<String> CITIZENS = List.of(NpdDemoCitizens.NGUYEN_VAN_AN, NpdDemoCitizens.TRAN_THI_BICH_NGOC,
            NpdDemoCitizens.LE_MINH_KHANG, NpdDemoCitizens.PHAM_NGOC_HAN, NpdDemoCitizens.TON_THAT_BAO,
            NpdDemoCitizens.NONG_THI_MAI, NpdDemoCitizens.Y_BHIN_NIE, NpdDemoCitizens.LY_GIA_HAO);

    @TempDir
    Path brokerFolder;

    @Test
    void stoppingTheNpdMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
        int port = FeederFixtures.freePort();
        DataSource npdDatabase = NpdDatabase.inMemory("loss-npd-" + System.nanoTime());
        DataSource registerDatabase = FeederFixtures.database("loss-civil");
        Map<String, String> lastName = new LinkedHashMap<>();
        List<String> sent = new ArrayList<>();

        MessageBroker broker = MessageBroker.embedded(brokerFolder);
        NpdProviderSystem npd = NpdProviderSystem.builder().port(port).dataSource(npdDatabase).broker(broker).start();
        CivilStatusSystem register = register(registerDatabase, broker, npd);
        for (int round = 0; round < 2; round++) {
            sent.addAll(changeNames(register, round, lastName));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> answered(register, sent) >= CITIZENS.size());

        npd.close();
        for (int round = 2; round < 4; round++) {
            sent.addAll(changeNames(register, round, lastName));
        }
        assertThat(register.unanswered()).as("the NPD is down: the new updates wait").isGreaterThanOrEqualTo(2 * CITIZENS.size());
        register.close();
        broker.close();

        MessageBroker restarted = MessageBroker.embedded(brokerFolder);
        // No redeliverUnanswered(): what reaches the NPD now comes from the broker's journal.
        CivilStatusSystem again = register(registerDatabase, restarted, npd);
        for (String repeat : sent.subList(0, CITIZENS.size())) {
            again.resend(repeat);
        }
        for (int round = 4; round < PER_CITIZEN; round++) {
            sent.addAll(changeNames(again, round, lastName));
        }

        try (NpdProviderSystem back = NpdProviderSystem.builder().port(port).dataSource(npdDatabase).broker(restarted)
                .demoData(false).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> again.unanswered() == 0 && again.feed().pending() == 0);
            assertThat(back.isRunning()).isTrue();

            assertThat(count(npdDatabase, "SELECT COUNT(*) FROM citizen_update WHERE source = '" + CivilStatusSystem.SOURCE + "'"))
                    .as("every update recorded once").isEqualTo(sent.size());
            assertThat(count(npdDatabase, "SELECT COUNT(DISTINCT update_id) FROM citizen_version WHERE update_id IS NOT NULL"))
                    .as("every update applied once").isEqualTo(sent.size());
            CitizenStore store = new CitizenStore(npdDatabase);
            for (String pin : CITIZENS) {
                var current = store.current(pin).orElseThrow();
                assertThat(current.versionNo()).as(pin).isEqualTo(1 + PER_CITIZEN);
                assertThat(current.record().fullName()).as("in order for " + pin).isEqualTo(lastName.get(pin));
            }
        } finally {
            again.close();
            restarted.close();
        }
    }

    private static CivilStatusSystem register(DataSource database, MessageBroker broker, NpdProviderSystem npd) {
        return new CivilStatusSystem(database, broker, npd.updateUrl(), FeederFixtures.patientPolicy(), Clock.systemUTC());
    }

    private static List<String> changeNames(CivilStatusSystem register, int round, Map<String, String> lastName) {
        List<String> ids = new ArrayList<>();
        for (String pin : CITIZENS) {
            String name = "Công dân " + pin.substring(8) + " tên lần " + (round + 1);
            ids.add(register.changeName(new NameChangeDecision("QD-" + pin + "-" + round, LocalDate.of(2025, 1, 1 + round), pin,
                    name)));
            lastName.put(pin, name);
        }
        return ids;
    }

    private static long answered(CivilStatusSystem register, List<String> ids) throws SQLException {
        long answered = 0;
        for (String id : ids) {
            if (register.delivery(id).orElseThrow().answered()) {
                answered++;
            }
        }
        return answered;
    }

    private static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
