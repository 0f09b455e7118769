package vn.lienthong.routes.provider.feeder.insurance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** Notes a notification id as received; a repeat (delivery is at least once) is marked so that it changes nothing. */
final class RememberNotification implements Processor {

    static final String REPEAT = "NpdNotificationRepeat";

    private final DataSource database;
    private final Clock clock;

    RememberNotification(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        ChangeNotice notice = exchange.getIn().getMandatoryBody(ChangeNotice.class);
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM received_notification WHERE notification_id = ?")) {
                select.setString(1, notice.notificationId());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        exchange.getIn().setHeader(REPEAT, true);
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO received_notification"
                    + " (notification_id, pin, event_type, received_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, notice.notificationId());
                insert.setString(2, notice.pin());
                insert.setString(3, notice.eventType());
                insert.setObject(4, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
                insert.executeUpdate();
            }
        }
        exchange.getIn().setHeader(REPEAT, false);
    }
}
