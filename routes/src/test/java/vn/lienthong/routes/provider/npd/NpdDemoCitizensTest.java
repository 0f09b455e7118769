package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.CitizenValidator;
import vn.lienthong.routes.provider.npd.record.PersonalIdentificationNumber;
import vn.lienthong.routes.provider.npd.record.ReferenceData;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.wsdl.npd.GenderCode;

class NpdDemoCitizensTest {

    /** The 63 legacy province codes a personal identification number starts with. */
    private static final Set<String> LEGACY_PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    @Test
    void theDemoStandardCitizenIsAMaleBornIn1999RegisteredInHaNoi() {
        PersonalIdentificationNumber pin = new PersonalIdentificationNumber(NpdDemoCitizens.NGUYEN_VAN_AN);

        assertThat(pin.value()).isEqualTo("001099012345");
        assertThat(pin.registrationCode()).isEqualTo("001");
        assertThat(pin.gender()).isEqualTo(GenderCode.MALE);
        assertThat(pin.birthYear()).isEqualTo(1999);
    }

    @Test
    void everyDemoNumberFollowsTheRulesAndAgreesWithItsRecord() {
        assertThat(NpdDemoCitizens.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(NpdDemoCitizens.all()).extracting(c -> c.personalIdentificationNumber().value()).doesNotHaveDuplicates();
        assertThat(NpdDemoCitizens.all()).allSatisfy(citizen -> {
            PersonalIdentificationNumber pin = citizen.personalIdentificationNumber();
            assertThat(LEGACY_PROVINCES).contains(pin.registrationCode());
            assertThat(pin.agreesWith(citizen.gender(), citizen.dateOfBirth())).as(pin.value()).isTrue();
            assertThat(Integer.parseInt(citizen.get(vn.lienthong.routes.provider.npd.record.CitizenField.ETHNICITY_CODE))).isBetween(1, 56);
        });
        assertThat(LEGACY_PROVINCES).contains(new PersonalIdentificationNumber(NpdDemoCitizens.UNREGISTERED).registrationCode());
    }

    @Test
    void centuryDigitCarriesCenturyAndGender() {
        assertThat(new PersonalIdentificationNumber("027315000842").birthYear()).isEqualTo(2015);
        assertThat(new PersonalIdentificationNumber("027315000842").gender()).isEqualTo(GenderCode.FEMALE);
        assertThat(new PersonalIdentificationNumber("048203015678").birthYear()).isEqualTo(2003);
        assertThat(new PersonalIdentificationNumber("048203015678").gender()).isEqualTo(GenderCode.MALE);
        assertThat(new PersonalIdentificationNumber("001099012345").agreesWith(GenderCode.FEMALE, LocalDate.of(1999, 1, 1)))
                .isFalse();
        assertThatThrownBy(() -> new PersonalIdentificationNumber("0010990123456")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadingTwiceLeavesOneCopyOfEachCitizen() throws Exception {
        DataSource database = NpdTestFixtures.freshDatabase();

        NpdDemoDataLoader.load(database);
        int loaded = NpdDemoDataLoader.load(database);

        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM citizen")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(loaded).isEqualTo(NpdDemoCitizens.all().size());
        }
    }

    @Test
    void storedRecordsReadBackAsWritten() throws Exception {
        DataSource database = NpdTestFixtures.freshDatabase();
        NpdDemoDataLoader.load(database);
        CitizenStore store = new CitizenStore(database);

        for (CitizenRecord written : NpdDemoCitizens.all()) {
            assertThat(store.current(written.personalIdentificationNumber().value()).orElseThrow().record())
                    .as(written.toString()).isEqualTo(written);
        }
    }

    @Test
    void everyDemoRecordKeepsTheRecordRules() {
        CitizenValidator validator = new CitizenValidator(ReferenceData.standard(), java.time.Clock.systemUTC());

        assertThat(NpdDemoCitizens.all()).allSatisfy(citizen -> assertThat(validator.check(citizen)).as(citizen.toString()).isEmpty());
    }
}
