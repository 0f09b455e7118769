package vn.lienthong.routes.provider.feeder.civilstatus;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.feeder.DeliveryLedger;
import vn.lienthong.routes.provider.feeder.SourceSystem;
import vn.lienthong.routes.provider.feeder.UpdateMessages;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.BirthRegistration;
import vn.lienthong.wsdl.npd.update.DeathRegistration;
import vn.lienthong.wsdl.npd.update.DivorceRecord;
import vn.lienthong.wsdl.npd.update.MarriageRegistration;
import vn.lienthong.wsdl.npd.update.NameChange;
import vn.lienthong.wsdl.npd.update.Person;
import vn.lienthong.wsdl.npd.update.Place;
import vn.lienthong.wsdl.npd.update.Sex;

/**
 * The Ministry of Justice's electronic civil status database (Circular 46/2022 Art. 4), a sample source
 * system: it registers births, deaths, marriages, divorces and name changes in its own register
 * (classpath:db/civilstatus) and feeds each to the NPD in its own record format. For a birth the NPD
 * issues the child's personal identification number: {@link #issuedPin} reads it once the NPD answered.
 */
public final class CivilStatusSystem extends SourceSystem {

    /** Its X-Road subsystem in the demo federation. */
    public static final String SOURCE = "VN/GOV/MOJ/CIVILSTATUS";
    private static final String LAW = "Luật Hộ tịch 2014";

    public CivilStatusSystem(DataSource database, MessageBroker broker, String npdUpdateUrl) {
        this(database, broker, npdUpdateUrl, QueueDeliveryPolicy.defaults(), Clock.systemUTC());
    }

    public CivilStatusSystem(DataSource database, MessageBroker broker, String npdUpdateUrl, QueueDeliveryPolicy policy,
            Clock clock) {
        super("civil-status", SOURCE, database, broker, npdUpdateUrl, policy, clock);
    }

    /** Registers a birth; returns the update id under which the NPD's answer (with the new number) arrives. */
    public String registerBirth(BirthCertificate birth) {
        String updateId = "MOJ-KS-" + birth.registrationNumber();
        ApplyUpdateRequest update = request(updateId, null, "BIRTH_REGISTERED", birth.registrationNumber());
        BirthRegistration record = new BirthRegistration();
        record.setRegistrationNumber(birth.registrationNumber());
        record.setRegisteredOn(birth.registeredOn());
        Place place = new Place();
        place.setProvinceCode(birth.provinceCode());
        place.setDistrictCode(birth.districtCode());
        place.setCommuneCode(birth.communeCode());
        place.setDetail(birth.registrationOffice());
        record.setRegistrationPlace(place);
        record.setChildName(birth.childName());
        record.setDateOfBirth(birth.dateOfBirth());
        record.setSex(Sex.fromValue(birth.sex()));
        record.setPlaceOfBirth(birth.placeOfBirth());
        record.setEthnicityCode(birth.ethnicityCode());
        record.setNationality(birth.nationality());
        record.setFather(person(birth.fatherName(), birth.fatherPin(), null));
        record.setMother(person(birth.motherName(), birth.motherPin(), null));
        update.setBirthRegistration(record);
        record("birth", birth.registrationNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO birth_registration (registration_number,"
                    + " registered_on, province_code, district_code, commune_code, registration_office, child_name,"
                    + " date_of_birth, sex, place_of_birth, ethnicity_code, nationality, father_name, father_pin,"
                    + " mother_name, mother_pin, update_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, birth.registrationNumber());
                insert.setDate(2, Date.valueOf(birth.registeredOn()));
                insert.setString(3, birth.provinceCode());
                insert.setString(4, birth.districtCode());
                insert.setString(5, birth.communeCode());
                insert.setString(6, birth.registrationOffice());
                insert.setString(7, birth.childName());
                insert.setDate(8, Date.valueOf(birth.dateOfBirth()));
                insert.setString(9, birth.sex());
                insert.setString(10, birth.placeOfBirth());
                insert.setString(11, birth.ethnicityCode());
                insert.setString(12, birth.nationality());
                insert.setString(13, birth.fatherName());
                insert.setString(14, birth.fatherPin());
                insert.setString(15, birth.motherName());
                insert.setString(16, birth.motherPin());
                insert.setString(17, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    /** The number the NPD issued for a registered birth, once it answered. */
    public Optional<String> issuedPin(String birthUpdateId) throws SQLException {
        return delivery(birthUpdateId).filter(DeliveryLedger.Delivery::answered).map(DeliveryLedger.Delivery::pin);
    }

    public String registerDeath(DeathCertificate death) {
        String updateId = "MOJ-KT-" + death.registrationNumber();
        ApplyUpdateRequest update = request(updateId, death.pin(), "DEATH_REGISTERED", death.registrationNumber());
        DeathRegistration record = new DeathRegistration();
        record.setRegistrationNumber(death.registrationNumber());
        record.setRegisteredOn(death.registeredOn());
        record.setDateOfDeath(death.dateOfDeath());
        record.setPlaceOfDeath(death.placeOfDeath());
        update.setDeathRegistration(record);
        record("death", death.registrationNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO death_registration (registration_number,"
                    + " registered_on, pin, date_of_death, place_of_death, update_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, death.registrationNumber());
                insert.setDate(2, Date.valueOf(death.registeredOn()));
                insert.setString(3, death.pin());
                insert.setDate(4, Date.valueOf(death.dateOfDeath()));
                insert.setString(5, death.placeOfDeath());
                insert.setString(6, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    public String registerMarriage(MarriageCertificate marriage) {
        String updateId = "MOJ-KH-" + marriage.registrationNumber() + "-" + marriage.pin();
        ApplyUpdateRequest update = request(updateId, marriage.pin(), "MARRIAGE_REGISTERED", marriage.registrationNumber());
        MarriageRegistration record = new MarriageRegistration();
        record.setRegistrationNumber(marriage.registrationNumber());
        record.setRegisteredOn(marriage.registeredOn());
        record.setSpouse(person(marriage.spouseName(), marriage.spousePin(), marriage.spouseNationality()));
        update.setMarriageRegistration(record);
        record("marriage", marriage.registrationNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO marriage_registration (registration_number,"
                    + " registered_on, pin, spouse_name, spouse_pin, spouse_nationality, update_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, marriage.registrationNumber());
                insert.setDate(2, Date.valueOf(marriage.registeredOn()));
                insert.setString(3, marriage.pin());
                insert.setString(4, marriage.spouseName());
                insert.setString(5, marriage.spousePin());
                insert.setString(6, marriage.spouseNationality());
                insert.setString(7, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    public String recordDivorce(DivorceJudgment divorce) {
        String updateId = "MOJ-LH-" + divorce.judgmentNumber() + "-" + divorce.pin();
        ApplyUpdateRequest update = request(updateId, divorce.pin(), "DIVORCE_REGISTERED", divorce.judgmentNumber());
        DivorceRecord record = new DivorceRecord();
        record.setJudgmentNumber(divorce.judgmentNumber());
        record.setEffectiveOn(divorce.effectiveOn());
        update.setDivorceRecord(record);
        record("divorce", divorce.judgmentNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO divorce_record (judgment_number,"
                    + " effective_on, pin, update_id) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, divorce.judgmentNumber());
                insert.setDate(2, Date.valueOf(divorce.effectiveOn()));
                insert.setString(3, divorce.pin());
                insert.setString(4, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    public String changeName(NameChangeDecision decision) {
        String updateId = "MOJ-TD-" + decision.decisionNumber();
        ApplyUpdateRequest update = request(updateId, decision.pin(), "NAME_CHANGED", decision.decisionNumber());
        NameChange record = new NameChange();
        record.setDecisionNumber(decision.decisionNumber());
        record.setDecidedOn(decision.decidedOn());
        record.setNewFullName(decision.newFullName());
        update.setNameChange(record);
        record("name-change", decision.decisionNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO name_change (decision_number,"
                    + " decided_on, pin, new_full_name, update_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, decision.decisionNumber());
                insert.setDate(2, Date.valueOf(decision.decidedOn()));
                insert.setString(3, decision.pin());
                insert.setString(4, decision.newFullName());
                insert.setString(5, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    private ApplyUpdateRequest request(String updateId, String pin, String event, String documentNumber) {
        return UpdateMessages.request(updateId, pin, event, clock().instant(), LAW, documentNumber, "Công chức tư pháp - hộ tịch");
    }

    private static Person person(String name, String pin, String nationality) {
        if (name == null) {
            return null;
        }
        Person person = new Person();
        person.setFullName(name);
        person.setPersonalIdentificationNumber(pin);
        person.setNationality(nationality);
        return person;
    }
}
