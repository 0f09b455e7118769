package vn.lienthong.routes.provider.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.junit.jupiter.api.Test;

class OwnPortsBusTest {

    @Test
    void shuttingDownABusStopsOnlyTheJettyPortsItOpened() throws Exception {
        Bus first = OwnPortsBus.create();
        Bus second = OwnPortsBus.create();
        try {
            int firstPort = freePort();
            int secondPort = freePort();
            JettyHTTPServerEngine firstEngine = engines(first).createJettyHTTPServerEngine("127.0.0.1", firstPort, "http");
            JettyHTTPServerEngine secondEngine = engines(second).createJettyHTTPServerEngine("127.0.0.1", secondPort, "http");

            assertThat(engines(second).retrieveJettyHTTPServerEngine(firstPort)).isSameAs(firstEngine);

            first.shutdown(true);

            assertThat(engines(second).retrieveJettyHTTPServerEngine(firstPort))
                    .as("the first bus's port is released").isNull();
            assertThat(engines(second).retrieveJettyHTTPServerEngine(secondPort))
                    .as("the other bus's idle engine is left to its owner").isSameAs(secondEngine);
        } finally {
            second.shutdown(true);
        }
    }

    private static JettyHTTPServerEngineFactory engines(Bus bus) {
        return bus.getExtension(JettyHTTPServerEngineFactory.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
