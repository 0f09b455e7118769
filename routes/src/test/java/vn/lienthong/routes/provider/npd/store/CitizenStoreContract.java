package vn.lienthong.routes.provider.npd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.npd.record.Address;
import vn.lienthong.routes.provider.npd.record.AddressKind;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.Relative;
import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/**
 * The store's behaviour, run on every database the NPD supports: each subclass supplies a fresh,
 * migrated database ({@link H2CitizenStoreTest}, {@link PostgresCitizenStoreTest}).
 */
abstract class CitizenStoreContract {

    private static final Instant T0 = Instant.parse("2024-01-10T03:00:00Z");

    private DataSource database;
    private CitizenStore store;

    /** A new database with the NPD schema migrated and nothing else in it. */
    protected abstract DataSource freshMigratedDatabase() throws SQLException;

    @BeforeEach
    void setUp() throws SQLException {
        database = freshMigratedDatabase();
        store = new CitizenStore(database);
    }

    @Test
    void referenceDataComesFromTheCodeTables() throws SQLException {
        assertThat(count("province_legacy")).isEqualTo(63);
        assertThat(count("province_2025")).isEqualTo(34);
        assertThat(count("ethnic_group")).isEqualTo(56);
        assertThat(count("address_province")).isEqualTo(63);
        assertThat(name("ethnic_group", "02")).isEqualTo("Tày");
        assertThat(name("province_legacy", "079")).isEqualTo("Hồ Chí Minh");
    }

    @Test
    void aNewCitizenReadsBackWithRelativesAndAddresses() throws SQLException {
        CitizenRecord record = mai().build();

        create(record, T0);

        StoredCitizen stored = store.current("004192006543").orElseThrow();
        assertThat(stored.record()).isEqualTo(record);
        assertThat(stored.versionNo()).isEqualTo(1);
        assertThat(stored.recordedAt()).isEqualTo(T0);
        assertThat(stored.source()).isEqualTo("VN/GOV/MOJ/CIVIL-STATUS");
        assertThat(stored.record().relatives()).extracting(Relative::relation)
                .containsExactly(Relative.Relation.FATHER, Relative.Relation.MOTHER);
        assertThat(AddressKind.PERMANENT.of(stored.record())).contains(new Address("04", "040", "01273", "Tổ 5, phường Hợp Giang"));
    }

    @Test
    void everyChangeIsANewVersionAndTheOldOnesStayReadable() throws SQLException {
        create(mai().build(), T0);
        CitizenRecord married = mai().maritalStatus(MaritalStatus.MARRIED)
                .relative(new Relative(Relative.Relation.SPOUSE, "Hoàng Văn Tùng", "004090001122", null, "VN")).build();
        int version = Jdbc.inTransaction(database, c -> store.append(c, married,
                new VersionMeta(T0.plusSeconds(3600), "VN/GOV/MOJ/CIVIL-STATUS", "u-2", "MARRIAGE_REGISTERED",
                        married.changedPathsSince(mai().build()))));

        assertThat(version).isEqualTo(2);
        assertThat(store.current("004192006543").orElseThrow().record().maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(store.asOf("004192006543", T0.plusSeconds(60)).orElseThrow().record().maritalStatus())
                .isEqualTo(MaritalStatus.SINGLE);
        assertThat(store.asOf("004192006543", T0.plusSeconds(60)).orElseThrow().record().relatives()).hasSize(2);
        assertThat(store.asOf("004192006543", T0.plusSeconds(7200)).orElseThrow().versionNo()).isEqualTo(2);
        assertThat(store.asOf("004192006543", T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void changesComeInTheOrderTheyWereRecordedAndPage() throws SQLException {
        create(mai().build(), T0);
        create(khang().build(), T0.plusSeconds(10));
        CitizenRecord moved = mai().address(AddressKind.CURRENT, new Address("01", null, "00631", "Phòng 12")).build();
        Jdbc.inTransaction(database, c -> store.append(c, moved, new VersionMeta(T0.plusSeconds(20),
                "VN/GOV/MPS/RESIDENCE", "u-3", "TEMPORARY_RESIDENCE_CHANGED", moved.changedPathsSince(mai().build()))));

        List<Change> all = store.changesSince(T0.minusSeconds(1), 0, 10);
        assertThat(all).extracting(Change::pin).containsExactly("004192006543", "048203015678", "004192006543");
        assertThat(all.get(2).changedPaths()).containsExactlyInAnyOrder(
                "currentResidence.provinceCode", "currentResidence.communeCode", "currentResidence.detail");
        assertThat(store.changesSince(T0.plusSeconds(5), 0, 10)).hasSize(2);
        List<Change> first = store.changesSince(T0.minusSeconds(1), 0, 2);
        List<Change> rest = store.changesSince(T0.minusSeconds(1), first.get(1).changeNumber(), 2);
        assertThat(rest).extracting(Change::eventType).containsExactly("TEMPORARY_RESIDENCE_CHANGED");
    }

    @Test
    void householdMembersAreTheCitizensNamingTheHousehold() throws SQLException {
        create(mai().set(CitizenField.HOUSEHOLD_ID, "CB-01273-0001").set(CitizenField.RELATIONSHIP_TO_HEAD, "SPOUSE").build(), T0);
        create(khang().set(CitizenField.HOUSEHOLD_ID, "CB-01273-0001").set(CitizenField.RELATIONSHIP_TO_HEAD, "HEAD").build(),
                T0.plusSeconds(5));

        assertThat(store.household("CB-01273-0001", null)).extracting(HouseholdMember::relationshipToHead)
                .containsExactly("HEAD", "SPOUSE");
        assertThat(store.household("CB-01273-0001", T0.plusSeconds(1))).extracting(HouseholdMember::personalIdentificationNumber)
                .containsExactly("004192006543");
    }

    @Test
    void theLastSourceOfEachFieldIsKnown() throws SQLException {
        create(mai().build(), T0);
        CitizenRecord moved = mai().address(AddressKind.PERMANENT, new Address("04", "040", "01276", "Tổ 9")).build();
        Jdbc.inTransaction(database, c -> store.append(c, moved, new VersionMeta(T0.plusSeconds(20),
                "VN/GOV/MPS/RESIDENCE", "u-4", "PERMANENT_RESIDENCE_CHANGED", moved.changedPathsSince(mai().build()))));

        var sources = Jdbc.read(database, c -> store.lastSources(c, "004192006543"));

        assertThat(sources).containsEntry("fullName", "VN/GOV/MOJ/CIVIL-STATUS")
                .containsEntry("permanentResidence.communeCode", "VN/GOV/MPS/RESIDENCE");
    }

    @Test
    void theDatabaseRefusesCodesThatDoNotExist() {
        CitizenRecord unknownEthnicity = mai().set(CitizenField.ETHNICITY_CODE, "99").build();

        assertThatThrownBy(() -> create(unknownEthnicity, T0)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> create(mai().address(AddressKind.PERMANENT, new Address("03", null, "00001", null)).build(), T0))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void manyCitizensGoInOneBatch() throws SQLException {
        int written = store.createAll(List.of(mai().build(), khang().build()),
                new VersionMeta(T0, "NPD-GENERATOR", null, "INITIAL_LOAD", Set.of(VersionMeta.ALL_PATHS)));

        assertThat(written).isEqualTo(2);
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.current("048203015678").orElseThrow().record()).isEqualTo(khang().build());
    }

    @Test
    void aBulkLoadReadsBackAsCreatedAndLeavesTheCodeChecksInPlace() throws SQLException {
        try (BulkCitizenWriter writer = new BulkCitizenWriter(database)) {
            assertThat(writer.write(List.of(mai().build()), generatorMeta())).isEqualTo(1);
            assertThat(writer.write(List.of(khang().build()), generatorMeta())).isEqualTo(1);
        }

        assertThat(store.current("048203015678").orElseThrow().record()).isEqualTo(khang().build());
        assertThat(store.current(mai().build().personalIdentificationNumber().value()).orElseThrow().record())
                .isEqualTo(mai().build());
        assertThatThrownBy(() -> create(khang().set(CitizenField.ETHNICITY_CODE, "99").build(), T0))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aBulkLoadWithACodeThatDoesNotExistFailsAndTheCheckStays() {
        CitizenRecord unknownEthnicity = mai().set(CitizenField.ETHNICITY_CODE, "99").build();

        assertThatThrownBy(() -> {
            try (BulkCitizenWriter writer = new BulkCitizenWriter(database)) {
                writer.write(List.of(unknownEthnicity), generatorMeta());
            }
        }).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> create(khang().set(CitizenField.ETHNICITY_CODE, "99").build(), T0))
                .isInstanceOf(SQLException.class);
    }

    private static VersionMeta generatorMeta() {
        return new VersionMeta(T0, "NPD-GENERATOR", null, "INITIAL_LOAD", Set.of(VersionMeta.ALL_PATHS));
    }

    private void create(CitizenRecord record, Instant at) throws SQLException {
        Jdbc.inTransaction(database, c -> {
            store.create(c, record, new VersionMeta(at, "VN/GOV/MOJ/CIVIL-STATUS", "u-" + record.personalIdentificationNumber(),
                    "BIRTH_REGISTERED", Set.of(VersionMeta.ALL_PATHS)));
            return null;
        });
    }

    private static CitizenRecord.Builder mai() {
        return CitizenRecord.builder("004192006543").fullName("Nông Thị Mai").dateOfBirth(LocalDate.of(1992, 4, 18))
                .gender(GenderCode.FEMALE).set(CitizenField.ETHNICITY_CODE, "02").set(CitizenField.NATIONALITY, "VN")
                .set(CitizenField.RELIGION, "Không").maritalStatus(MaritalStatus.SINGLE)
                .set(CitizenField.BLOOD_GROUP, "A")
                .set(CitizenField.ID_CARD_NUMBER, "004192006543").set(CitizenField.ID_CARD_KIND, "CCCD")
                .set(CitizenField.ID_CARD_ISSUE_DATE, LocalDate.of(2021, 6, 1))
                .set(CitizenField.ID_CARD_EXPIRY_DATE, LocalDate.of(2032, 4, 18))
                .address(AddressKind.PERMANENT, new Address("04", "040", "01273", "Tổ 5, phường Hợp Giang"))
                .address(AddressKind.BIRTH_REGISTRATION, new Address("04", "040", "01273", null))
                .relative(new Relative(Relative.Relation.FATHER, "Nông Văn Sơn", null, "080123456", "VN"))
                .relative(new Relative(Relative.Relation.MOTHER, "Lục Thị Hà", "004168000321", null, "VN"));
    }

    private static CitizenRecord.Builder khang() {
        return CitizenRecord.builder("048203015678").fullName("Lê Minh Khang").dateOfBirth(LocalDate.of(2003, 7, 21))
                .gender(GenderCode.MALE).set(CitizenField.ETHNICITY_CODE, "01").set(CitizenField.NATIONALITY, "VN");
    }

    private int count(String table) throws SQLException {
        return Jdbc.read(database, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private String name(String table, String code) throws SQLException {
        return Jdbc.read(database, (Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM " + table + " WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }
}
