package vn.lienthong.routes.provider.feeder.insurance;

import java.time.Clock;

import javax.sql.DataSource;

import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;

/**
 * The insurance system's notification endpoint, as the notification's path: receive → remember (a repeat
 * changes nothing) → route by event: a death ends the cover → acknowledge.
 */
final class NotificationRoutes extends RouteBuilder {

    static final String ENDPOINT_BEAN = "insuranceNotificationEndpoint";

    private final DataSource database;
    private final Clock clock;

    NotificationRoutes(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("cxf:bean:" + ENDPOINT_BEAN)
                .routeId("insurance-receiveNotification")
                .process(new ReadNotification())
                .process(new RememberNotification(database, clock))
                .choice()
                    .when(PredicateBuilder.and(header(RememberNotification.REPEAT).isEqualTo(false),
                            header(ReadNotification.EVENT_TYPE).isEqualTo("DEATH_REGISTERED")))
                        .process(new EndCoverage(database))
                .end()
                .process(new AcknowledgeNotification());
    }
}
