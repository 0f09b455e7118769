package vn.lienthong.routes.provider.feeder.residence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.feeder.SourceSystem;
import vn.lienthong.routes.provider.feeder.UpdateMessages;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.Place;
import vn.lienthong.wsdl.npd.update.ResidenceKind;
import vn.lienthong.wsdl.npd.update.ResidenceRegistration;
import vn.lienthong.wsdl.npd.update.TemporaryAbsenceDeclaration;

/**
 * The residence database (Circular 46/2022 Art. 4), a sample source system: permanent and temporary
 * residence registrations and temporary absences, in its own register (classpath:db/residence), each fed
 * to the NPD.
 */
public final class ResidenceSystem extends SourceSystem {

    public static final String SOURCE = "VN/GOV/MPS/RESIDENCE";
    private static final String LAW = "Luật Cư trú 2020";

    public ResidenceSystem(DataSource database, MessageBroker broker, String npdUpdateUrl) {
        this(database, broker, npdUpdateUrl, QueueDeliveryPolicy.defaults(), Clock.systemUTC());
    }

    public ResidenceSystem(DataSource database, MessageBroker broker, String npdUpdateUrl, QueueDeliveryPolicy policy,
            Clock clock) {
        super("residence", SOURCE, database, broker, npdUpdateUrl, policy, clock);
    }

    public String register(ResidenceDeclaration residence) {
        String updateId = "MPS-CT-" + residence.registrationId();
        ApplyUpdateRequest update = UpdateMessages.request(updateId, residence.pin(),
                residence.permanent() ? "PERMANENT_RESIDENCE_CHANGED" : "TEMPORARY_RESIDENCE_CHANGED", clock().instant(),
                LAW, residence.registrationId(), "Cán bộ đăng ký cư trú");
        ResidenceRegistration record = new ResidenceRegistration();
        record.setKind(residence.permanent() ? ResidenceKind.PERMANENT : ResidenceKind.TEMPORARY);
        record.setRegisteredOn(residence.registeredOn());
        Place place = new Place();
        place.setProvinceCode(residence.provinceCode());
        place.setDistrictCode(residence.districtCode());
        place.setCommuneCode(residence.communeCode());
        place.setDetail(residence.addressDetail());
        record.setAddress(place);
        record.setResidenceFileNumber(residence.residenceFileNumber());
        record.setHouseholdId(residence.householdId());
        record.setRelationshipToHead(residence.relationshipToHead());
        update.setResidenceRegistration(record);
        record("residence", residence.registrationId(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO residence_registration (registration_id,"
                    + " pin, kind, registered_on, province_code, district_code, commune_code, address_detail,"
                    + " residence_file_number, household_id, relationship_to_head, update_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, residence.registrationId());
                insert.setString(2, residence.pin());
                insert.setString(3, residence.permanent() ? "PERMANENT" : "TEMPORARY");
                insert.setDate(4, Date.valueOf(residence.registeredOn()));
                insert.setString(5, residence.provinceCode());
                insert.setString(6, residence.districtCode());
                insert.setString(7, residence.communeCode());
                insert.setString(8, residence.addressDetail());
                insert.setString(9, residence.residenceFileNumber());
                insert.setString(10, residence.householdId());
                insert.setString(11, residence.relationshipToHead());
                insert.setString(12, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    public String declareAbsence(AbsenceDeclaration absence) {
        String updateId = "MPS-TV-" + absence.declarationId();
        ApplyUpdateRequest update = UpdateMessages.request(updateId, absence.pin(), "TEMPORARY_ABSENCE_DECLARED",
                clock().instant(), LAW, absence.declarationId(), "Cán bộ đăng ký cư trú");
        TemporaryAbsenceDeclaration record = new TemporaryAbsenceDeclaration();
        record.setFrom(absence.from());
        record.setUntil(absence.until());
        record.setDestination(absence.destination());
        update.setTemporaryAbsenceDeclaration(record);
        record("absence", absence.declarationId(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO temporary_absence (declaration_id, pin,"
                    + " absent_from, absent_until, destination, update_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, absence.declarationId());
                insert.setString(2, absence.pin());
                insert.setDate(3, Date.valueOf(absence.from()));
                insert.setDate(4, absence.until() == null ? null : Date.valueOf(absence.until()));
                insert.setString(5, absence.destination());
                insert.setString(6, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }
}
