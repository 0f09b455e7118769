package vn.lienthong.routes.provider.messaging;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * A CXF bus for one information system that shares its JVM with others (the demo, the integration tests): shutting
 * it down stops the Jetty servers it started and no one else's.
 *
 * <p>CXF keeps Jetty servers in one map per JVM, and a plain bus's shutdown asks every server in it to stop. A server
 * still in use by another system then logs "Failed to shutdown Jetty server on port N because it is still in use"
 * and forgets its registered paths, and one that is idle at that moment is stopped under its owner. The engine
 * factory this bus carries remembers the ports it opened and stops only those.
 */
public final class OwnPortsBus {

    private OwnPortsBus() {
    }

    /** A new bus whose shutdown stops only the Jetty ports opened through it. */
    public static Bus create() {
        Bus bus = BusFactory.newInstance().createBus();
        bus.setExtension(new OwnPortsEngineFactory(bus), JettyHTTPServerEngineFactory.class);
        return bus;
    }

    private static final class OwnPortsEngineFactory extends JettyHTTPServerEngineFactory {

        private final Set<Integer> ports = ConcurrentHashMap.newKeySet();

        OwnPortsEngineFactory(Bus bus) {
            super(bus);
        }

        @Override
        public synchronized JettyHTTPServerEngine createJettyHTTPServerEngine(String host, int port, String protocol,
                String id) throws GeneralSecurityException, IOException {
            JettyHTTPServerEngine engine = super.createJettyHTTPServerEngine(host, port, protocol, id);
            ports.add(engine.getPort());
            return engine;
        }

        @Override
        public void postShutdown() {
            for (Integer port : ports) {
                JettyHTTPServerEngine engine = retrieveJettyHTTPServerEngine(port);
                if (engine != null) {
                    engine.shutdown();
                }
                ports.remove(port);
            }
        }
    }
}
