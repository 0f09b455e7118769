package vn.lienthong.routes.provider.feeder.insurance;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** A death the NPD reported ends the citizen's health insurance cover on the date of death. */
final class EndCoverage implements Processor {

    private final DataSource database;

    EndCoverage(DataSource database) {
        this.database = database;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        ChangeNotice notice = exchange.getIn().getMandatoryBody(ChangeNotice.class);
        String died = notice.fields().get("dateOfDeath");
        if (died == null) {
            return;
        }
        try (Connection connection = database.getConnection();
                PreparedStatement end = connection.prepareStatement(
                        "UPDATE insured_person SET terminated_on = ? WHERE pin = ? AND terminated_on IS NULL")) {
            end.setDate(1, Date.valueOf(LocalDate.parse(died)));
            end.setString(2, notice.pin());
            end.executeUpdate();
        }
    }
}
