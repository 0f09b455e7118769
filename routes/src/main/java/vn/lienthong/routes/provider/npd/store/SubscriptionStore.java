package vn.lienthong.routes.provider.npd.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/** The subscriptions to change notifications, in the NPD's database. */
public final class SubscriptionStore {

    private final DataSource dataSource;

    public SubscriptionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void add(Subscription subscription) throws SQLException {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO subscription (subscription_id,"
                    + " client_id, purpose, callback_url, event_types, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, subscription.id());
                insert.setString(2, subscription.consumer());
                insert.setString(3, subscription.purpose());
                insert.setString(4, subscription.callbackUrl());
                insert.setString(5, String.join(",", subscription.eventTypes().stream().sorted().toList()));
                insert.setObject(6, CitizenStore.utc(subscription.createdAt()));
                return insert.executeUpdate();
            }
        });
    }

    /** Removes a subscription of this consumer; false when it has none with this id. */
    public boolean remove(String id, String consumer) throws SQLException {
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM subscription WHERE subscription_id = ? AND client_id = ?")) {
                delete.setString(1, id);
                delete.setString(2, consumer);
                return delete.executeUpdate() == 1;
            }
        });
    }

    public List<Subscription> all() throws SQLException {
        return Jdbc.read(dataSource, connection -> {
            List<Subscription> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM subscription ORDER BY created_at, subscription_id");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Subscription(row.getString("subscription_id"), row.getString("client_id"),
                            row.getString("purpose"), row.getString("callback_url"),
                            Set.of(row.getString("event_types").split(",")),
                            row.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
            return found;
        });
    }

    /** The subscriptions that asked for this event. */
    public List<Subscription> forEvent(String eventType) throws SQLException {
        return all().stream().filter(s -> s.wants(eventType)).toList();
    }
}
