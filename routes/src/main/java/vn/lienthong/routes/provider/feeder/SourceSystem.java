package vn.lienthong.routes.provider.feeder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.npd.store.Jdbc;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/**
 * What the sample source systems share: their own database, the ledger of what they sent the NPD, and
 * the {@link NpdFeed} that delivers it. A record is written with its ledger row in one transaction and
 * then queued; {@link #redeliverUnanswered()} queues again whatever has no answer yet (after a crash
 * between the two, or after an operator's repair): the NPD applies an update id once, so a repeat is harmless.
 */
public abstract class SourceSystem implements AutoCloseable {

    /** Writes a source record's own row(s), in the transaction that also notes the update. */
    @FunctionalInterface
    protected interface RecordWriter {
        void write(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final DeliveryLedger ledger;
    private final NpdFeed feed;
    private final Clock clock;

    protected SourceSystem(String name, String source, DataSource dataSource, MessageBroker broker, String npdUrl,
            QueueDeliveryPolicy policy, Clock clock) {
        FeederDatabase.migrate(dataSource, name.replace("-", ""));
        this.dataSource = dataSource;
        this.clock = clock;
        this.ledger = new DeliveryLedger(dataSource, clock);
        this.feed = NpdFeed.builder().name(name).source(source).npdUrl(npdUrl).broker(broker).answers(ledger)
                .deliveryPolicy(policy).start();
    }

    /** Stores a record and queues its update for the NPD. */
    protected final void record(String kind, String key, ApplyUpdateRequest update, RecordWriter writer) {
        String document = UpdateMessages.xml(update);
        try {
            Jdbc.inTransaction(dataSource, connection -> {
                writer.write(connection);
                ledger.queued(connection, update.getUpdateId(), kind, key, document);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + kind + " " + key, e);
        }
        feed.send(update.getUpdateId(), update.getPersonalIdentificationNumber(), document);
    }

    /** The NPD's answer to an update, once it came. */
    public Optional<DeliveryLedger.Delivery> delivery(String updateId) throws SQLException {
        return ledger.find(updateId);
    }

    public int unanswered() throws SQLException {
        return ledger.unanswered();
    }

    /** Queues one recorded update again (an operator's redelivery); false when no such update was recorded. */
    public boolean resend(String updateId) throws SQLException {
        Optional<String> document = ledger.document(updateId);
        document.ifPresent(xml -> feed.send(updateId, null, xml));
        return document.isPresent();
    }

    /** Queues again every update without an answer; returns how many. */
    public int redeliverUnanswered() throws SQLException {
        Map<String, String> documents = ledger.unansweredDocuments();
        documents.forEach((updateId, document) -> feed.send(updateId, null, document));
        return documents.size();
    }

    public NpdFeed feed() {
        return feed;
    }

    protected DataSource dataSource() {
        return dataSource;
    }

    protected Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        feed.close();
    }
}
