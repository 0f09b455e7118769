package vn.lienthong.routes.provider.npd;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

import vn.lienthong.wsdl.Contracts;

/**
 * The Ministry of Public Security's National Population Database as a provider information system:
 * the sample system that sits behind the MPS security server and answers the NPD query service
 * (WSDL {@code wsdl/npd/npd-query.wsdl}, SOAP 1.1) at {@code http://127.0.0.1:<port>/npd}, with its
 * WSDL at {@code ?wsdl}.
 *
 * <p>Runs its own CamelContext and its own CXF bus (so its Jetty port is released on {@link #close()}),
 * over its own database. Closing it is the "provider down" case; a {@link Builder#responseDelay slow
 * provider} is the timeout case.
 */
public final class NpdProviderSystem implements AutoCloseable {

    public static final String PATH = "/npd";
    private static final Duration CONTINUATION_MARGIN = Duration.ofSeconds(30);
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final int port;
    private final CamelContext camel;
    private final Bus bus;

    private NpdProviderSystem(int port, CamelContext camel, Bus bus) {
        this.port = port;
        this.camel = camel;
        this.bus = bus;
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
        return endpointUrl(port);
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

    /** Stops serving and releases the port; in-flight requests get up to ten seconds. Idempotent. */
    @Override
    public void close() {
        try {
            camel.stop();
        } finally {
            bus.shutdown(true);
        }
    }

    private static String endpointUrl(int port) {
        return "http://127.0.0.1:" + port + PATH;
    }

    /** Options of the provider; only {@link #port} and {@link #dataSource} are required. */
    public static final class Builder {
        private int port;
        private DataSource dataSource;
        private Duration responseDelay = Duration.ZERO;
        private boolean demoData = true;

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

        /** A simulated slow provider, for timeout tests: every answer waits this long first. */
        public Builder responseDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("responseDelay must not be negative");
            }
            this.responseDelay = delay;
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
                NpdDemoDataLoader.load(dataSource);
            } else {
                NpdDatabase.migrate(dataSource);
            }
            Bus bus = BusFactory.newInstance().createBus();
            DefaultCamelContext camel = new DefaultCamelContext();
            try {
                camel.getCamelContextExtension().setName("npd-provider-" + port);
                camel.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
                camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
                camel.getRegistry().bind(NpdQueryRoutes.ENDPOINT_BEAN, endpoint(camel, bus));
                camel.addRoutes(new NpdErrorPolicy());
                camel.addRoutes(new NpdQueryRoutes(new CitizenRepository(dataSource), responseDelay));
                camel.start();
                return new NpdProviderSystem(port, camel, bus);
            } catch (Exception e) {
                IllegalStateException failure =
                        new IllegalStateException("the NPD provider could not start on port " + port, e);
                try {
                    camel.close();
                } catch (IOException | RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                } finally {
                    bus.shutdown(true);
                }
                throw failure;
            }
        }

        private CxfEndpoint endpoint(CamelContext camel, Bus bus) {
            CxfEndpoint endpoint = new CxfEndpoint();
            endpoint.setCamelContext(camel);
            endpoint.setBus(bus);
            endpoint.setAddress(endpointUrl(port));
            endpoint.setWsdlURL(Contracts.npdQueryWsdl().toExternalForm());
            endpoint.setServiceName(Contracts.NPD_QUERY_SERVICE.toString());
            endpoint.setPortName(Contracts.NPD_QUERY_PORT.toString());
            endpoint.setDataFormat(DataFormat.PAYLOAD);
            endpoint.setContinuationTimeout(responseDelay.plus(CONTINUATION_MARGIN).toMillis());
            return endpoint;
        }
    }
}
