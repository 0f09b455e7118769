package vn.lienthong.routes.provider.npd.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.CitizenValidator;
import vn.lienthong.routes.provider.npd.record.ReferenceData;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

class PopulationGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void theSameSeedGivesTheSamePopulation() {
        assertThat(households(new CitizenGenerator(26, TODAY), 50)).isEqualTo(households(new CitizenGenerator(26, TODAY), 50));
        assertThat(households(new CitizenGenerator(27, TODAY), 5)).isNotEqualTo(households(new CitizenGenerator(26, TODAY), 5));
    }

    @Test
    void everyGeneratedCitizenKeepsTheRecordRulesAndHasANumberOfItsOwn() {
        CitizenValidator validator = new CitizenValidator(ReferenceData.standard(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        List<CitizenRecord> people = households(new CitizenGenerator(1911, TODAY), 2_000).stream().flatMap(List::stream).toList();

        assertThat(people).hasSizeGreaterThan(5_000);
        assertThat(people).allSatisfy(c -> assertThat(validator.check(c)).as(c.toString()).isEmpty());
        Set<String> pins = new HashSet<>();
        people.forEach(c -> assertThat(pins.add(c.personalIdentificationNumber().value())).isTrue());
        assertThat(people).anySatisfy(c -> assertThat(c.fullName()).containsAnyOf("ễ", "ị", "ạ", "ư", "ơ", "đ", "Đ"));
        assertThat(people.stream().filter(c -> c.dateOfDeath().isPresent()).count()).isBetween(10L, people.size() / 10L);
        assertThat(people.stream().filter(c -> !"01".equals(c.get(CitizenField.ETHNICITY_CODE))).count())
                .isBetween(people.size() / 20L, people.size() / 4L);
    }

    @Test
    void aHouseholdSharesItsAddressAndNamesItsHeadFirst() {
        List<CitizenRecord> household = new CitizenGenerator(7, TODAY).nextHousehold();

        assertThat(household.get(0).get(CitizenField.RELATIONSHIP_TO_HEAD)).isEqualTo("HEAD");
        assertThat(household).extracting(c -> c.get(CitizenField.HOUSEHOLD_ID)).containsOnly(household.get(0).get(CitizenField.HOUSEHOLD_ID));
        assertThat(household).extracting(c -> c.get(CitizenField.PERMANENT_COMMUNE))
                .containsOnly(household.get(0).get(CitizenField.PERMANENT_COMMUNE));
    }

    @Test
    void theLoaderWritesInBatchesAndReportsProgress() throws Exception {
        DataSource database = NpdDatabase.inMemory("population-" + UUID.randomUUID());
        NpdDatabase.migrate(database);
        List<long[]> reports = new CopyOnWriteArrayList<>();
        Set<String> demo = new HashSet<>();
        NpdDemoCitizens.all().forEach(c -> demo.add(c.personalIdentificationNumber().value()));

        PopulationLoader.Result result = new PopulationLoader(new CitizenStore(database), 500)
                .load(42, 2_345, TODAY, demo, (done, total) -> reports.add(new long[] {done, total}));

        assertThat(result.citizens()).isEqualTo(2_345);
        assertThat(new CitizenStore(database).count()).isEqualTo(2_345);
        assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
        assertThat(reports.get(reports.size() - 1)).containsExactly(2_345, 2_345);
        CitizenRecord someone = new CitizenGenerator(42, TODAY).nextHousehold().get(0);
        assertThat(new CitizenStore(database).household(someone.get(CitizenField.HOUSEHOLD_ID), null)).isNotEmpty();
    }

    @Test
    void aTopUpWritesTheCitizensALoadOfTheWholeCountWouldHave() throws Exception {
        DataSource topped = NpdDatabase.inMemory("topped-" + UUID.randomUUID());
        NpdDatabase.migrate(topped);
        DataSource whole = NpdDatabase.inMemory("whole-" + UUID.randomUUID());
        NpdDatabase.migrate(whole);

        new PopulationLoader(new CitizenStore(topped), 300).load(42, 1_000, TODAY, Set.of(), GenerationProgress.none());
        PopulationLoader.Result topUp = new PopulationLoader(new CitizenStore(topped), 300)
                .load(42, 1_000, 2_000, TODAY, Set.of(), GenerationProgress.none());
        new PopulationLoader(new CitizenStore(whole), 700).load(42, 2_000, TODAY, Set.of(), GenerationProgress.none());

        assertThat(topUp.citizens()).isEqualTo(1_000);
        assertThat(snapshot(topped)).hasSize(2_000).isEqualTo(snapshot(whole));
    }

    private static List<String> snapshot(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT personal_identification_number, full_name, household_id,"
                        + " (SELECT COUNT(*) FROM citizen_relative r WHERE r.personal_identification_number"
                        + " = c.personal_identification_number) FROM citizen_current c ORDER BY 1")) {
            List<String> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|" + row.getInt(4));
            }
            return rows;
        }
    }

    private static List<List<CitizenRecord>> households(CitizenGenerator generator, int count) {
        List<List<CitizenRecord>> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(generator.nextHousehold());
        }
        return households;
    }
}
