package vn.lienthong.routes.provider.feeder;

import java.util.Enumeration;
import java.util.Objects;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

import vn.lienthong.routes.provider.messaging.DeadLetterQueue;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/**
 * A source system's line to the NPD (Decision 1911, supply): updates are put on a persistent queue of the
 * source's broker in the order the source records them, and a route delivers them one at a time, in that
 * order, as SOAP with X-Road headers to the NPD's update URL (in a federation: the source's own client
 * proxy), retrying with backoff while the NPD is unreachable ({@link QueueDeliveryPolicy}); the answer goes
 * to the source's {@link UpdateAnswers}. Nothing is lost while the NPD is down, and since the NPD applies an
 * update id once, a delivery repeated after a lost answer changes nothing.
 */
public final class NpdFeed implements AutoCloseable {

    /** Message header / property: the update id (also the dead-letter key). */
    public static final String UPDATE_ID = DeadLetterQueue.KEY;
    /** The NPD's update service in the demo federation. */
    public static final String DEFAULT_SERVICE = "VN/GOV/MPS/NPD/applyUpdate/v1";

    private final MessageBroker broker;
    private final String queue;
    private final CamelContext camel;
    private final String routeId;

    private NpdFeed(MessageBroker broker, String queue, CamelContext camel, String routeId) {
        this.broker = broker;
        this.queue = queue;
        this.camel = camel;
        this.routeId = routeId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Queues an applyUpdate request (XML text) for delivery; the citizen's number (null for a birth) keeps one citizen's updates in order. */
    public void send(String updateId, String pin, String applyUpdateXml) {
        try (Connection connection = broker.connectionFactory().createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                TextMessage message = session.createTextMessage(applyUpdateXml);
                message.setStringProperty(UPDATE_ID, updateId);
                message.setStringProperty("JMSXGroupID", pin == null ? updateId : pin);
                producer.send(message);
            }
            session.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("could not queue update " + updateId, e);
        }
    }

    /** How many updates wait on the queue for their turn (one being delivered or retried is not counted). */
    public int pending() {
        try (Connection connection = broker.connectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                int waiting = 0;
                for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements(); messages.nextElement()) {
                    waiting++;
                }
                return waiting;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse " + queue, e);
        }
    }

    /** Stops delivering (updates keep queueing); {@link #resume()} starts again where it stopped. */
    public void suspend() throws Exception {
        camel.getRouteController().stopRoute(routeId);
    }

    public void resume() throws Exception {
        camel.getRouteController().startRoute(routeId);
    }

    /** Stops delivering; queued updates stay on the broker for the next start. */
    @Override
    public void close() {
        camel.stop();
    }

    /** Options; all but the policy are required. */
    public static final class Builder {
        private String name;
        private String source;
        private String npdUrl;
        private String service = DEFAULT_SERVICE;
        private MessageBroker broker;
        private UpdateAnswers answers;
        private QueueDeliveryPolicy policy = QueueDeliveryPolicy.defaults();

        private Builder() {
        }

        /** A short name for the queue and route: {@code civil-status} → queue {@code feeder.civil-status.updates}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name);
            return this;
        }

        /** The source's X-Road subsystem id, e.g. {@code VN/GOV/MOJ/CIVILSTATUS}. */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source);
            return this;
        }

        /** Where updates are posted: the NPD's update URL, or a client proxy URL in a federation. */
        public Builder npdUrl(String url) {
            this.npdUrl = Objects.requireNonNull(url);
            return this;
        }

        public Builder service(String service) {
            this.service = Objects.requireNonNull(service);
            return this;
        }

        public Builder broker(MessageBroker broker) {
            this.broker = Objects.requireNonNull(broker);
            return this;
        }

        public Builder answers(UpdateAnswers answers) {
            this.answers = Objects.requireNonNull(answers);
            return this;
        }

        public Builder deliveryPolicy(QueueDeliveryPolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        public NpdFeed start() {
            if (name == null || source == null || npdUrl == null || broker == null || answers == null) {
                throw new IllegalStateException("a feed needs a name, source, NPD URL, broker and answer handler");
            }
            String queue = "feeder." + name + ".updates";
            String routeId = "feeder-" + name + "-deliver";
            XRoadCall call = new XRoadCall(source, service, source);
            DefaultCamelContext camel = new DefaultCamelContext();
            try {
                camel.getCamelContextExtension().setName("feeder-" + name);
                camel.getShutdownStrategy().setTimeout(10);
                camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
                camel.addComponent("jms", JmsComponent.jmsComponentTransacted(broker.connectionFactory()));
                camel.addRoutes(policy);
                camel.addRoutes(new FeedRoutes(queue, routeId, call, npdUrl, answers));
                camel.start();
                return new NpdFeed(broker, queue, camel, routeId);
            } catch (Exception e) {
                camel.stop();
                throw new IllegalStateException("the feed " + name + " could not start", e);
            }
        }
    }
}
