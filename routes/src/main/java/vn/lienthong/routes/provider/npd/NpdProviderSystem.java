package vn.lienthong.routes.provider.npd;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.cxf.Bus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.routes.provider.messaging.DeadLetterQueue;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.OwnPortsBus;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.npd.mandate.Mandates;
import vn.lienthong.routes.provider.npd.operator.NpdOperator;
import vn.lienthong.routes.provider.npd.operator.OperatorEndpoint;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;
import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.routes.provider.npd.update.UpdateApplier;
import vn.lienthong.wsdl.Contracts;

/**
 * The Ministry of Public Security's National Population Database as a provider information system: the
 * sample system behind the MPS security server. It answers
 * <ul>
 * <li>the NPD query service (wsdl/npd/npd-query.wsdl) at {@code http://127.0.0.1:<port>/npd}, WSDL at {@code ?wsdl};</li>
 * <li>the NPD update service the source databases feed it through (wsdl/npd/npd-update.wsdl) at
 *     {@code http://127.0.0.1:<port>/npd-update};</li>
 * <li>the operator's endpoint for held updates and dead letters ({@link OperatorEndpoint}, loopback callers only)
 *     at {@code http://127.0.0.1:<port>/npd-operator};</li>
 * </ul>
 * and pushes change notifications (wsdl/npd/npd-notification.wsdl) to subscribers from a persistent queue.
 *
 * <p>Runs its own CamelContext and its own CXF bus (so its Jetty port is released on {@link #close()}),
 * over its own database and a message broker (given, or an in-memory one of its own). Closing it is the
 * "provider down" case; a {@link Builder#responseDelay slow provider} is the timeout case.
 */
public final class NpdProviderSystem implements AutoCloseable {

    public static final String PATH = "/npd";
    public static final String UPDATE_PATH = "/npd-update";
    /** The NPD's X-Road subsystem in the demo federation: the client of the notifications it pushes. */
    public static final String DEFAULT_CLIENT_ID = "VN/GOV/MPS/NPD";
    private static final Logger LOG = LoggerFactory.getLogger(NpdProviderSystem.class);
    private static final Duration CONTINUATION_MARGIN = Duration.ofSeconds(30);
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final int port;
    private final CamelContext camel;
    private final Bus bus;
    private final MessageBroker ownBroker;
    private final NpdOperator operator;
    private final OperatorEndpoint operatorEndpoint;

    private NpdProviderSystem(int port, CamelContext camel, Bus bus, MessageBroker ownBroker, NpdOperator operator,
            OperatorEndpoint operatorEndpoint) {
        this.port = port;
        this.camel = camel;
        this.bus = bus;
        this.ownBroker = ownBroker;
        this.operator = operator;
        this.operatorEndpoint = operatorEndpoint;
    }

    /** Migrates the database, loads the demo citizens and starts serving on 127.0.0.1:{@code port}. */
    public static NpdProviderSystem start(int port, DataSource dataSource) {
        return builder().port(port).dataSource(dataSource).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>/npd}: where the security server sends NPD queries. */
    public String endpointUrl() {
        return endpointUrl(port, PATH);
    }

    /** {@code http://127.0.0.1:<port>/npd-update}: where the security server sends the source databases' updates. */
    public String updateUrl() {
        return endpointUrl(port, UPDATE_PATH);
    }

    /** {@code http://127.0.0.1:<port>/npd-operator}: the operator's endpoint ({@code lienthong npd}). */
    public String operatorUrl() {
        return endpointUrl(port, OperatorEndpoint.PATH);
    }

    public String wsdlUrl() {
        return endpointUrl() + "?wsdl";
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return camel.isStarted();
    }

    /** Held updates and dead letters, for the operator. */
    public NpdOperator operator() {
        return operator;
    }

    /** Stops serving and releases the port; in-flight requests get up to ten seconds. Idempotent. */
    @Override
    public void close() {
        try {
            operatorEndpoint.close();
            camel.stop();
        } finally {
            bus.shutdown(true);
            if (ownBroker != null) {
                ownBroker.close();
            }
        }
    }

    private static String endpointUrl(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Options of the provider; only {@link #port} and {@link #dataSource} are required. */
    public static final class Builder {
        private int port;
        private DataSource dataSource;
        private Duration responseDelay = Duration.ZERO;
        private boolean demoData = true;
        private Mandates mandates;
        private Clock clock = Clock.systemUTC();
        private MessageBroker broker;
        private String clientId = DEFAULT_CLIENT_ID;
        private String notificationClientProxy;
        private QueueDeliveryPolicy deliveryPolicy = QueueDeliveryPolicy.defaults();

        private Builder() {
        }

        public Builder port(int port) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** A simulated slow provider, for timeout tests: every query answer waits this long first. */
        public Builder responseDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("responseDelay must not be negative");
            }
            this.responseDelay = delay;
            return this;
        }

        /** The mandates answers follow; the demo federation's ({@link Mandates#demo()}) unless given. */
        public Builder mandates(Mandates mandates) {
            this.mandates = Objects.requireNonNull(mandates, "mandates");
            return this;
        }

        /** The clock versions and subscriptions are stamped with and validation's "today" comes from. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The broker the notification queue lives on (not closed by the provider). Without one the provider
         * runs an in-memory broker of its own, and queued notifications do not survive a restart.
         */
        public Builder broker(MessageBroker broker) {
            this.broker = Objects.requireNonNull(broker, "broker");
            return this;
        }

        /** The NPD's own X-Road subsystem id, the client of its notifications; {@value NpdProviderSystem#DEFAULT_CLIENT_ID} by default. */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /**
         * Sends change notifications through the bus: as X-Road requests to the NPD's own security server's
         * client proxy (e.g. {@code http://127.0.0.1:8081/}), which finds the subscriber's notifyChange service
         * in the global configuration. Without it they go straight to each subscription's callback URL.
         */
        public Builder notificationsVia(String clientProxyUrl) {
            this.notificationClientProxy = Objects.requireNonNull(clientProxyUrl, "clientProxyUrl");
            return this;
        }

        /** How long notification delivery retries before the broker's redelivery and dead-letter queue take over. */
        public Builder deliveryPolicy(QueueDeliveryPolicy policy) {
            this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Whether to (re)load {@link NpdDemoCitizens} at start; on by default. */
        public Builder demoData(boolean load) {
            this.demoData = load;
            return this;
        }

        public NpdProviderSystem start() {
            if (port == 0 || dataSource == null) {
                throw new IllegalStateException("the NPD provider needs a port and a dataSource");
            }
            if (demoData) {
                NpdDemoDataLoader.load(dataSource, clock);
            } else {
                NpdDatabase.migrate(dataSource);
            }
            MessageBroker ownBroker = null;
            if (broker == null) {
                LOG.warn("NPD provider on port {} runs an in-memory broker: queued change notifications do not survive"
                        + " a restart; configure a broker", port);
                ownBroker = MessageBroker.inMemory();
            }
            MessageBroker messages = broker == null ? ownBroker : broker;
            Mandates granted = mandates == null ? Mandates.demo() : mandates;
            Bus bus = OwnPortsBus.create();
            DefaultCamelContext camel = new DefaultCamelContext();
            try {
                camel.getCamelContextExtension().setName("npd-provider-" + port);
                camel.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
                camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
                camel.addComponent("jms", JmsComponent.jmsComponentTransacted(messages.connectionFactory()));
                camel.getRegistry().bind(NpdQueryRoutes.ENDPOINT_BEAN, queryEndpoint(camel, bus));
                camel.getRegistry().bind(NpdUpdateRoutes.ENDPOINT_BEAN, updateEndpoint(camel, bus));
                CitizenStore store = new CitizenStore(dataSource);
                SubscriptionStore subscriptions = new SubscriptionStore(dataSource);
                UpdateApplier applier = new UpdateApplier(dataSource, clock);
                camel.addRoutes(new NpdErrorPolicy());
                camel.addRoutes(deliveryPolicy);
                camel.addRoutes(new NpdQueryRoutes(store, subscriptions, granted, clock, responseDelay));
                camel.addRoutes(new NpdUpdateRoutes(applier, subscriptions, granted));
                camel.addRoutes(new NpdNotificationRoutes(clientId, notificationClientProxy));
                camel.start();
                NpdOperator operator = new NpdOperator(applier, new DeadLetterQueue(messages.connectionFactory()));
                return new NpdProviderSystem(port, camel, bus, ownBroker, operator,
                        OperatorEndpoint.mount(bus, port, operator));
            } catch (Exception e) {
                IllegalStateException failure =
                        new IllegalStateException("the NPD provider could not start on port " + port, e);
                try {
                    camel.close();
                } catch (IOException | RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                } finally {
                    bus.shutdown(true);
                    if (ownBroker != null) {
                        ownBroker.close();
                    }
                }
                throw failure;
            }
        }

        private CxfEndpoint queryEndpoint(CamelContext camel, Bus bus) {
            CxfEndpoint endpoint = endpoint(camel, bus, endpointUrl(port, PATH), Contracts.npdQueryWsdl().toExternalForm(),
                    Contracts.NPD_QUERY_SERVICE.toString(), Contracts.NPD_QUERY_PORT.toString());
            endpoint.setContinuationTimeout(responseDelay.plus(CONTINUATION_MARGIN).toMillis());
            return endpoint;
        }

        private CxfEndpoint updateEndpoint(CamelContext camel, Bus bus) {
            return endpoint(camel, bus, endpointUrl(port, UPDATE_PATH), NpdContracts.updateWsdl().toExternalForm(),
                    NpdContracts.UPDATE_SERVICE.toString(), NpdContracts.UPDATE_PORT.toString());
        }

        private static CxfEndpoint endpoint(CamelContext camel, Bus bus, String address, String wsdl, String service,
                String portName) {
            CxfEndpoint endpoint = new CxfEndpoint();
            endpoint.setCamelContext(camel);
            endpoint.setBus(bus);
            endpoint.setAddress(address);
            endpoint.setWsdlURL(wsdl);
            endpoint.setServiceName(service);
            endpoint.setPortName(portName);
            endpoint.setDataFormat(DataFormat.PAYLOAD);
            return endpoint;
        }
    }
}
