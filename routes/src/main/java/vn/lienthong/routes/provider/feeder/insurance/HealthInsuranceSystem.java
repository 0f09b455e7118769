package vn.lienthong.routes.provider.feeder.insurance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.cxf.Bus;

import vn.lienthong.routes.provider.feeder.SourceSystem;
import vn.lienthong.routes.provider.feeder.UpdateMessages;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.OwnPortsBus;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.messaging.XRoadCall;
import vn.lienthong.routes.provider.npd.NpdContracts;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.HealthInsuranceEnrolment;

/**
 * The health insurance database of Vietnam Social Security (medical database, Circular 46/2022 Art. 4),
 * a sample source system and subscriber: it feeds the NPD each person's health insurance number, and it
 * subscribes to deaths so that a death ends the cover ({@link #subscribeToDeaths}); notifications arrive at
 * {@link #notificationUrl()} (npd-notification.wsdl).
 */
public final class HealthInsuranceSystem extends SourceSystem {

    public static final String SOURCE = "VN/PUB/VSS/INSURANCE";
    public static final String PURPOSE = "health-insurance-enrolment";
    private static final Pattern SUBSCRIPTION_ID = Pattern.compile("subscriptionId>([^<]+)<");

    private final int port;
    private final DefaultCamelContext receiver;
    private final Bus bus;

    public HealthInsuranceSystem(DataSource database, MessageBroker broker, String npdUpdateUrl, int notificationPort) {
        this(database, broker, npdUpdateUrl, notificationPort, QueueDeliveryPolicy.defaults(), Clock.systemUTC());
    }

    public HealthInsuranceSystem(DataSource database, MessageBroker broker, String npdUpdateUrl, int notificationPort,
            QueueDeliveryPolicy policy, Clock clock) {
        super("insurance", SOURCE, database, broker, npdUpdateUrl, policy, clock);
        this.port = notificationPort;
        this.bus = OwnPortsBus.create();
        this.receiver = new DefaultCamelContext();
        try {
            receiver.getCamelContextExtension().setName("insurance-notifications-" + port);
            receiver.getRegistry().bind(NotificationRoutes.ENDPOINT_BEAN, endpoint());
            receiver.addRoutes(new NotificationRoutes(database, clock));
            receiver.start();
        } catch (Exception e) {
            receiver.stop();
            bus.shutdown(true);
            super.close();
            throw new IllegalStateException("the insurance notification endpoint could not start on port " + port, e);
        }
    }

    /** Where the NPD pushes change notifications (in a federation: where the subscriber's security server forwards them). */
    public String notificationUrl() {
        return notificationUrl(port);
    }

    /** The notification endpoint of an insurance system listening on {@code port}, for its security server's services. */
    public static String notificationUrl(int port) {
        return "http://127.0.0.1:" + port + "/insurance/notifications";
    }

    public String enrol(Enrolment enrolment) {
        String updateId = "VSS-BHYT-" + enrolment.insuranceNumber();
        ApplyUpdateRequest update = UpdateMessages.request(updateId, enrolment.pin(), "HEALTH_INSURANCE_ENROLLED",
                clock().instant(), "Luật Bảo hiểm y tế 2008", enrolment.insuranceNumber(), "Bảo hiểm xã hội");
        HealthInsuranceEnrolment record = new HealthInsuranceEnrolment();
        record.setInsuranceNumber(enrolment.insuranceNumber());
        record.setValidFrom(enrolment.validFrom());
        update.setHealthInsuranceEnrolment(record);
        record("enrolment", enrolment.insuranceNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO insured_person (insurance_number, pin,"
                    + " valid_from, update_id) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, enrolment.insuranceNumber());
                insert.setString(2, enrolment.pin());
                insert.setDate(3, Date.valueOf(enrolment.validFrom()));
                insert.setString(4, updateId);
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    /** Asks the NPD (its query URL, or the client proxy) to push deaths here; returns the subscription id. */
    public String subscribeToDeaths(String npdQueryUrl) throws IOException, InterruptedException {
        XRoadCall call = new XRoadCall(SOURCE, "VN/GOV/MPS/NPD/subscribe/v1", SOURCE);
        XRoadCall.Reply reply = call.post(npdQueryUrl, "<npd:subscribe xmlns:npd=\"https://lienthong.gov.vn/npd/query/v1\">"
                + "<npd:purpose>" + PURPOSE + "</npd:purpose><npd:callbackUrl>" + notificationUrl() + "</npd:callbackUrl>"
                + "<npd:eventType>DEATH_REGISTERED</npd:eventType></npd:subscribe>", null);
        Matcher id = SUBSCRIPTION_ID.matcher(reply.body());
        if (!reply.ok() || !reply.body().contains("SUBSCRIBED") || !id.find()) {
            throw new IllegalStateException("the NPD did not take the subscription (HTTP " + reply.status() + ")");
        }
        return id.group(1);
    }

    /** The day the cover of this insurance number ended, if it did. */
    public Optional<LocalDate> coverEnded(String insuranceNumber) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT terminated_on FROM insured_person WHERE insurance_number = ?")) {
            select.setString(1, insuranceNumber);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, LocalDate.class)) : Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        try {
            receiver.stop();
        } finally {
            bus.shutdown(true);
            super.close();
        }
    }

    private CxfEndpoint endpoint() {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setCamelContext(receiver);
        endpoint.setBus(bus);
        endpoint.setAddress(notificationUrl());
        endpoint.setWsdlURL(NpdContracts.notificationWsdl().toExternalForm());
        endpoint.setServiceName(NpdContracts.NOTIFICATION_SERVICE.toString());
        endpoint.setPortName(NpdContracts.NOTIFICATION_PORT.toString());
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        return endpoint;
    }
}
