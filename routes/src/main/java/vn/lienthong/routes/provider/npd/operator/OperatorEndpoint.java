package vn.lienthong.routes.provider.npd.operator;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * Mounts the operator's {@link OperatorServlet} at {@code http://127.0.0.1:<port>/npd-operator}, on the Jetty
 * server the provider's CXF bus already runs for its SOAP endpoints on that port; {@link #close()} unmounts it.
 */
public final class OperatorEndpoint implements AutoCloseable {

    public static final String PATH = "/npd-operator";
    /** Set on every answer of the endpoint, so a client tells its answers from another server's on the same port. */
    public static final String ANSWERED_BY = "LienThong-Answered-By";
    public static final String ANSWERED_BY_VALUE = "npd-operator";

    private final JettyHTTPServerEngine engine;
    private final URL url;
    private final AtomicBoolean mounted = new AtomicBoolean(true);

    private OperatorEndpoint(JettyHTTPServerEngine engine, URL url) {
        this.engine = engine;
        this.url = url;
    }

    /** Call once the provider's SOAP endpoints serve on {@code port}, so its Jetty server runs. */
    public static OperatorEndpoint mount(Bus bus, int port, NpdOperator operator) {
        JettyHTTPServerEngine engine = bus.getExtension(JettyHTTPServerEngineFactory.class).retrieveJettyHTTPServerEngine(port);
        if (engine == null) {
            throw new IllegalStateException("no Jetty server of the NPD provider runs on port " + port
                    + " to mount the operator endpoint on");
        }
        URL url = url(port);
        engine.addServant(url, new OperatorServlet(bus, operator));
        return new OperatorEndpoint(engine, url);
    }

    public static String url(String host, int port) {
        return "http://" + host + ":" + port + PATH;
    }

    /** Unmounts the endpoint; idempotent. */
    @Override
    public void close() {
        if (mounted.compareAndSet(true, false)) {
            engine.removeServant(url);
        }
    }

    private static URL url(int port) {
        try {
            return URI.create(url("127.0.0.1", port)).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("port " + port, e);
        }
    }
}
