package vn.lienthong.routes.provider.npd.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

class CitizenValidatorTest {

    private final CitizenValidator validator = new CitizenValidator(ReferenceData.standard(),
            Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSoundRecordHasNoViolations() {
        assertThat(validator.check(hung().build())).isEmpty();
    }

    @Test
    void theNumberMustAgreeWithProvinceGenderAndYear() {
        assertThat(codes(CitizenRecord.builder("003070003311").fullName("X").dateOfBirth(LocalDate.of(1970, 1, 1))
                .gender(GenderCode.MALE).set(CitizenField.ETHNICITY_CODE, "01").set(CitizenField.NATIONALITY, "VN").build()))
                .containsExactly(ViolationCode.PIN_PROVINCE_UNKNOWN);
        assertThat(codes(hung().gender(GenderCode.FEMALE).build())).containsExactly(ViolationCode.PIN_GENDER_MISMATCH);
        assertThat(codes(hung().dateOfBirth(LocalDate.of(2042, 2, 11)).build()))
                .contains(ViolationCode.PIN_BIRTH_YEAR_MISMATCH, ViolationCode.DATE_IN_FUTURE);
    }

    @Test
    void datesMustMakeSense() {
        assertThat(codes(hung().set(CitizenField.DATE_OF_DEATH, LocalDate.of(1941, 1, 1)).build()))
                .containsExactly(ViolationCode.DEATH_BEFORE_BIRTH);
        assertThat(codes(hung().set(CitizenField.DATE_OF_DEATH, "2021-02-30").build())).containsExactly(ViolationCode.DATE_MALFORMED);
        assertThat(codes(hung().set(CitizenField.ID_CARD_NUMBER, "036042001207").set(CitizenField.ID_CARD_KIND, "CCCD")
                .set(CitizenField.ID_CARD_ISSUE_DATE, LocalDate.of(2021, 1, 1))
                .set(CitizenField.ID_CARD_EXPIRY_DATE, LocalDate.of(2020, 1, 1)).build()))
                .containsExactly(ViolationCode.CARD_EXPIRES_BEFORE_ISSUE);
    }

    @Test
    void codesMustExist() {
        assertThat(validator.check(hung().set(CitizenField.ETHNICITY_CODE, "57").build()))
                .extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.CODE_UNKNOWN, "ethnicityCode"));
        assertThat(codes(hung().address(AddressKind.PERMANENT, new Address("03", "356", "13708", null)).build()))
                .containsExactly(ViolationCode.CODE_UNKNOWN);
        assertThat(codes(hung().address(AddressKind.PERMANENT, new Address("36", "35", "13708", null)).build()))
                .containsExactly(ViolationCode.CODE_MALFORMED);
        assertThat(codes(hung().set(CitizenField.TEMPORARY_DETAIL, "Xóm 4").build())).containsExactly(ViolationCode.ADDRESS_INCOMPLETE);
    }

    @Test
    void noMarriageOfTheDeadOrTheUnderAge() {
        CitizenRecord dead = hung().set(CitizenField.DATE_OF_DEATH, LocalDate.of(2021, 8, 9)).build();
        CitizenRecord marriedAfterDeath = dead.toBuilder().maritalStatus(MaritalStatus.MARRIED).build();
        assertThat(validator.checkChange(dead, marriedAfterDeath)).extracting(Violation::code)
                .containsExactly(ViolationCode.MARRIAGE_OF_DECEASED);

        CitizenRecord young = CitizenRecord.builder("001207000001").fullName("Trần Văn Nam").dateOfBirth(LocalDate.of(2007, 1, 1))
                .gender(GenderCode.MALE).set(CitizenField.ETHNICITY_CODE, "01").set(CitizenField.NATIONALITY, "VN").build();
        assertThat(validator.checkChange(young, young.toBuilder().maritalStatus(MaritalStatus.MARRIED).build()))
                .extracting(Violation::code).containsExactly(ViolationCode.MARRIAGE_UNDER_AGE);
    }

    @Test
    void theDeadDoNotMove() {
        CitizenRecord dead = hung().set(CitizenField.DATE_OF_DEATH, LocalDate.of(2021, 8, 9)).build();
        CitizenRecord moved = dead.toBuilder().address(AddressKind.PERMANENT, new Address("01", null, "00208", null)).build();

        assertThat(validator.checkChange(dead, moved)).extracting(Violation::code).containsExactly(ViolationCode.CHANGE_AFTER_DEATH);
    }

    @Test
    void violationCodesAreStableDottedNames() {
        assertThat(ViolationCode.PIN_GENDER_MISMATCH.code()).isEqualTo("Record.Pin.GenderMismatch");
        assertThat(ViolationCode.MARRIAGE_OF_DECEASED.code()).isEqualTo("Record.Event.MarriageOfDeceased");
    }

    private List<ViolationCode> codes(CitizenRecord record) {
        return validator.check(record).stream().map(Violation::code).toList();
    }

    private static CitizenRecord.Builder hung() {
        return CitizenRecord.builder("036042001207").fullName("Vũ Đình Hùng").dateOfBirth(LocalDate.of(1942, 2, 11))
                .gender(GenderCode.MALE).set(CitizenField.ETHNICITY_CODE, "01").set(CitizenField.NATIONALITY, "VN")
                .address(AddressKind.PERMANENT, new Address("36", "356", "13708", "Xóm 4"));
    }
}
