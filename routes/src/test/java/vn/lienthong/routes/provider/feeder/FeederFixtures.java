package vn.lienthong.routes.provider.feeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;

/** Shared set-up of the feeder tests. */
final class FeederFixtures {

    private FeederFixtures() {
    }

    static DataSource database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Retries quickly, for ever in practice: a test outage never exhausts it. */
    static QueueDeliveryPolicy patientPolicy() {
        return new QueueDeliveryPolicy(10_000, Duration.ofMillis(50), Duration.ofMillis(400));
    }
}
