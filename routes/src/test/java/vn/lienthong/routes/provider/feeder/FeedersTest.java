package vn.lienthong.routes.provider.feeder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.feeder.civilstatus.BirthCertificate;
import vn.lienthong.routes.provider.feeder.civilstatus.CivilStatusSystem;
import vn.lienthong.routes.provider.feeder.civilstatus.DeathCertificate;
import vn.lienthong.routes.provider.feeder.civilstatus.DivorceJudgment;
import vn.lienthong.routes.provider.feeder.civilstatus.MarriageCertificate;
import vn.lienthong.routes.provider.feeder.civilstatus.NameChangeDecision;
import vn.lienthong.routes.provider.feeder.identity.CitizenIdentitySystem;
import vn.lienthong.routes.provider.feeder.identity.IdentityCard;
import vn.lienthong.routes.provider.feeder.insurance.Enrolment;
import vn.lienthong.routes.provider.feeder.insurance.HealthInsuranceSystem;
import vn.lienthong.routes.provider.feeder.residence.AbsenceDeclaration;
import vn.lienthong.routes.provider.feeder.residence.ResidenceDeclaration;
import vn.lienthong.routes.provider.feeder.residence.ResidenceSystem;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.Relative;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;
import vn.lienthong.wsdl.npd.MaritalStatus;

/** The four source databases of Circular 46/2022 Art. 4 feeding the NPD, each in its own record format, through queues. */
class FeedersTest {

    private static MessageBroker broker;
    private static DataSource npdDatabase;
    private static NpdProviderSystem npd;
    private static CivilStatusSystem civilStatus;
    private static ResidenceSystem residence;
    private static CitizenIdentitySystem identity;
    private static HealthInsuranceSystem insurance;

    @BeforeAll
    static void start() {
        broker = MessageBroker.inMemory();
        npdDatabase = NpdDatabase.inMemory("feeders-npd-" + System.nanoTime());
        npd = NpdProviderSystem.builder().port(FeederFixtures.freePort()).dataSource(npdDatabase).broker(broker).start();
        Clock clock = Clock.systemUTC();
        civilStatus = new CivilStatusSystem(FeederFixtures.database("civil"), broker, npd.updateUrl(),
                FeederFixtures.patientPolicy(), clock);
        residence = new ResidenceSystem(FeederFixtures.database("residence"), broker, npd.updateUrl(),
                FeederFixtures.patientPolicy(), clock);
        identity = new CitizenIdentitySystem(FeederFixtures.database("identity"), broker, npd.updateUrl(),
                FeederFixtures.patientPolicy(), clock);
        insurance = new HealthInsuranceSystem(FeederFixtures.database("insurance"), broker, npd.updateUrl(),
                FeederFixtures.freePort(), FeederFixtures.patientPolicy(), clock);
    }

    @AfterAll
    static void stop() {
        insurance.close();
        identity.close();
        residence.close();
        civilStatus.close();
        npd.close();
        broker.close();
    }

    @Test
    void aBirthRegisteredAtTheCivilStatusOfficeGetsItsNumberFromTheNpd() throws Exception {
        String updateId = civilStatus.registerBirth(new BirthCertificate("123/2025", LocalDate.of(2025, 5, 2), "01", "006",
                "00208", "UBND phường Quang Trung", "Nguyễn Minh Khôi", LocalDate.of(2025, 4, 29), "NAM",
                "Bệnh viện Phụ sản Hà Nội", "01", "VN", "Nguyễn Văn An", NpdDemoCitizens.NGUYEN_VAN_AN, "Lê Thị Thu", null));

        String pin = await().atMost(Duration.ofSeconds(20)).until(() -> civilStatus.issuedPin(updateId), Optional::isPresent).get();

        assertThat(pin).startsWith("001225");
        CitizenRecord child = new CitizenStore(npdDatabase).current(pin).orElseThrow().record();
        assertThat(child.fullName()).isEqualTo("Nguyễn Minh Khôi");
        assertThat(child.relative(Relative.Relation.FATHER).orElseThrow().personalIdentificationNumber())
                .isEqualTo(NpdDemoCitizens.NGUYEN_VAN_AN);
        assertThat(civilStatus.delivery(updateId).orElseThrow().status()).isEqualTo("APPLIED");
    }

    @Test
    void marriageDivorceAndNameChangeReachTheRecord() throws Exception {
        String pin = NpdDemoCitizens.PHAM_NGOC_HAN;
        civilStatus.registerMarriage(new MarriageCertificate("45/2025", LocalDate.of(2025, 3, 1), pin, "Đặng Quốc Huy",
                "031099004411", "VN"));
        civilStatus.changeName(new NameChangeDecision("QD-12/2025", LocalDate.of(2025, 3, 5), pin, "Phạm Ngọc Hân Vy"));
        String divorce = civilStatus.recordDivorce(new DivorceJudgment("BA-07/2025", LocalDate.of(2025, 4, 1), pin));

        await().atMost(Duration.ofSeconds(20)).until(() -> civilStatus.delivery(divorce).orElseThrow().answered());

        CitizenRecord record = new CitizenStore(npdDatabase).current(pin).orElseThrow().record();
        assertThat(record.fullName()).isEqualTo("Phạm Ngọc Hân Vy");
        assertThat(record.maritalStatus()).isEqualTo(MaritalStatus.DIVORCED);
        assertThat(record.relative(Relative.Relation.SPOUSE)).isEmpty();
        assertThat(new CitizenStore(npdDatabase).asOf(pin, java.time.Instant.now()).orElseThrow().versionNo()).isEqualTo(4);
    }

    @Test
    void residenceAndIdentityCardChangesReachTheRecord() throws Exception {
        String pin = NpdDemoCitizens.Y_BHIN_NIE;
        residence.register(new ResidenceDeclaration("DKTT-2025-9", pin, true, LocalDate.of(2025, 2, 1), "66", "643", "24133",
                "Buôn Ako Dhông, nhà số 7", "066643000777", "DL-24133-0007", "HEAD"));
        String absence = residence.declareAbsence(new AbsenceDeclaration("TV-2025-3", pin, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 9, 1), "Thành phố Hồ Chí Minh"));
        String card = identity.issue(new IdentityCard("066088002468", pin, "CC", LocalDate.of(2025, 1, 10),
                "Cục Cảnh sát quản lý hành chính về trật tự xã hội", LocalDate.of(2048, 12, 9)));

        await().atMost(Duration.ofSeconds(20)).until(() -> residence.delivery(absence).orElseThrow().answered()
                && identity.delivery(card).orElseThrow().answered());

        CitizenRecord record = new CitizenStore(npdDatabase).current(pin).orElseThrow().record();
        assertThat(record.get(CitizenField.PERMANENT_DETAIL)).isEqualTo("Buôn Ako Dhông, nhà số 7");
        assertThat(record.get(CitizenField.HOUSEHOLD_ID)).isEqualTo("DL-24133-0007");
        assertThat(record.get(CitizenField.ABSENCE_DESTINATION)).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(record.get(CitizenField.ID_CARD_KIND)).isEqualTo("CC");
        assertThat(identity.delivery(card).orElseThrow().status()).isEqualTo("APPLIED");
    }

    @Test
    void theInsuranceSystemFeedsTheNumberAndHearsOfTheDeath() throws Exception {
        String pin = NpdDemoCitizens.LY_GIA_HAO;
        String enrolled = insurance.enrol(new Enrolment("7901078003", pin, LocalDate.of(2024, 1, 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> insurance.delivery(enrolled).orElseThrow().answered());
        assertThat(new CitizenStore(npdDatabase).current(pin).orElseThrow().record().get(CitizenField.HEALTH_INSURANCE_NUMBER))
                .isEqualTo("7901078003");

        insurance.subscribeToDeaths(npd.endpointUrl());
        civilStatus.registerDeath(new DeathCertificate("KT-88/2025", LocalDate.of(2025, 5, 3), pin, LocalDate.of(2025, 5, 2),
                "Bệnh viện Chợ Rẫy"));

        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> insurance.coverEnded("7901078003"), Optional::isPresent))
                .contains(LocalDate.of(2025, 5, 2));
    }
}
