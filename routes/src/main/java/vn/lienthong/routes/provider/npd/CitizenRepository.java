package vn.lienthong.routes.provider.npd;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/** The NPD's citizen table, over plain JDBC (H2 by default, PostgreSQL in production). */
public final class CitizenRepository {

    private static final String COLUMNS = "personal_identification_number, full_name, other_names, date_of_birth, gender,"
            + " place_of_birth, hometown, ethnicity_code, religion, nationality,"
            + " permanent_province_code, permanent_district_code, permanent_commune_code, permanent_detail,"
            + " current_province_code, current_district_code, current_commune_code, current_detail,"
            + " marital_status, date_of_death, disclosure_restricted";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM citizen WHERE personal_identification_number = ?";
    private static final String DELETE = "DELETE FROM citizen WHERE personal_identification_number = ?";
    private static final String INSERT = "INSERT INTO citizen (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public CitizenRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    CitizenLookup lookup(PersonalIdentificationNumber pin) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, pin.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new CitizenLookup.Absent();
                }
                CitizenRecord citizen = read(row);
                return citizen.disclosureRestricted() ? new CitizenLookup.Restricted() : new CitizenLookup.Found(citizen);
            }
        }
    }

    /** Writes the given records in one transaction, replacing any record with the same identification number. */
    public void replaceAll(List<CitizenRecord> citizens) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(DELETE);
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (CitizenRecord citizen : citizens) {
                    delete.setString(1, citizen.personalIdentificationNumber().value());
                    delete.executeUpdate();
                    bind(insert, citizen);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void bind(PreparedStatement insert, CitizenRecord c) throws SQLException {
        insert.setString(1, c.personalIdentificationNumber().value());
        insert.setString(2, c.fullName());
        insert.setString(3, c.otherNames());
        insert.setObject(4, c.dateOfBirth());
        insert.setString(5, c.gender().value());
        insert.setString(6, c.placeOfBirth());
        insert.setString(7, c.hometown());
        insert.setString(8, c.ethnicityCode());
        insert.setString(9, c.religion());
        insert.setString(10, c.nationality());
        bindAddress(insert, 11, c.permanentResidence());
        bindAddress(insert, 15, c.currentResidence());
        insert.setString(19, c.maritalStatus() == null ? null : c.maritalStatus().value());
        insert.setObject(20, c.dateOfDeath());
        insert.setBoolean(21, c.disclosureRestricted());
    }

    private static void bindAddress(PreparedStatement insert, int first, ResidenceAddress address) throws SQLException {
        insert.setString(first, address == null ? null : address.provinceCode());
        insert.setString(first + 1, address == null ? null : address.districtCode());
        insert.setString(first + 2, address == null ? null : address.communeCode());
        insert.setString(first + 3, address == null ? null : address.detail());
    }

    private static CitizenRecord read(ResultSet row) throws SQLException {
        String maritalStatus = row.getString("marital_status");
        return new CitizenRecord(
                new PersonalIdentificationNumber(row.getString("personal_identification_number")),
                row.getString("full_name"),
                row.getString("other_names"),
                row.getObject("date_of_birth", LocalDate.class),
                GenderCode.fromValue(row.getString("gender")),
                row.getString("place_of_birth"),
                row.getString("hometown"),
                row.getString("ethnicity_code"),
                row.getString("religion"),
                row.getString("nationality"),
                readAddress(row, "permanent"),
                readAddress(row, "current"),
                maritalStatus == null ? null : MaritalStatus.fromValue(maritalStatus),
                row.getObject("date_of_death", LocalDate.class),
                row.getBoolean("disclosure_restricted"));
    }

    private static ResidenceAddress readAddress(ResultSet row, String kind) throws SQLException {
        String province = row.getString(kind + "_province_code");
        if (province == null) {
            return null;
        }
        return new ResidenceAddress(province, row.getString(kind + "_district_code"),
                row.getString(kind + "_commune_code"), row.getString(kind + "_detail"));
    }
}
