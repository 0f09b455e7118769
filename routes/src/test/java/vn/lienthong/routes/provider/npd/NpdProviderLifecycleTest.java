package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.children;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.envelope;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.getCitizenBody;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.parse;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.send;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPart;
import static vn.lienthong.routes.provider.npd.NpdTestFixtures.soapPost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Serving the WSDL, clean faults, a slow provider and a provider that is down. */
class NpdProviderLifecycleTest {

    private static final String REQUEST = envelope(NpdTestFixtures.XROAD_HEADERS,
            getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "residence-confirmation"));

    @Test
    void closingReleasesThePortForTheNextStart() throws Exception {
        int port = NpdTestFixtures.freePort();
        NpdProviderSystem.start(port, NpdTestFixtures.freshDatabase()).close();

        try (ServerSocket again = new ServerSocket()) {
            assertThatCode(() -> again.bind(new InetSocketAddress("127.0.0.1", port)))
                    .as("port %d is free again once the provider has closed", port)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void servesItsWsdl() throws Exception {
        try (NpdProviderSystem npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), NpdTestFixtures.freshDatabase())) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(npd.wsdlUrl())).GET().build());

            assertThat(response.statusCode()).isEqualTo(200);
            Element definitions = parse(response.body()).getDocumentElement();
            assertThat(definitions.getLocalName()).isEqualTo("definitions");
            assertThat(definitions.getAttribute("targetNamespace")).isEqualTo(NpdTestFixtures.NPD);
            assertThat(definitions.getElementsByTagNameNS("http://x-road.eu/xsd/xroad.xsd", "version").item(0)
                    .getTextContent()).isEqualTo("v1");
            assertThat(npd.endpointUrl()).isEqualTo("http://127.0.0.1:" + npd.port() + "/npd");
        }
    }

    @Test
    void malformedNumberGetsASoapFaultWithoutInternals() throws Exception {
        try (NpdProviderSystem npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), NpdTestFixtures.freshDatabase())) {
            String request = envelope(NpdTestFixtures.XROAD_HEADERS, getCitizenBody("12345", "residence-confirmation"));

            HttpResponse<String> response = send(soapPost(npd.endpointUrl(), request));

            assertThat(response.statusCode()).isEqualTo(500);
            Element fault = children(soapPart(parse(response.body()), "Body")).get(0);
            assertThat(fault.getLocalName()).isEqualTo("Fault");
            List<Element> parts = children(fault);
            assertThat(parts).extracting(Element::getLocalName).containsExactly("faultcode", "faultstring", "detail");
            assertThat(parts.get(0).getTextContent()).endsWith(":Client");
            assertThat(parts.get(1).getTextContent()).startsWith("personalIdentificationNumber must be exactly 12 digits");
            assertThat(children(parts.get(2))).singleElement()
                    .satisfies(detail -> assertThat(detail.getLocalName()).isEqualTo("requestFault"));
        }
    }

    @Test
    void failingDatabaseGetsAServerFaultThatHidesTheCause() throws Exception {
        DataSource healthy = NpdTestFixtures.freshDatabase();
        AtomicBoolean down = new AtomicBoolean();
        DataSource failing = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("connection to npd-db.internal:5432 refused");
                    }
                    try {
                        return method.invoke(healthy, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (NpdProviderSystem npd = NpdProviderSystem.start(NpdTestFixtures.freePort(), failing)) {
            down.set(true);

            HttpResponse<String> response = send(soapPost(npd.endpointUrl(), REQUEST));

            assertThat(response.statusCode()).isEqualTo(500);
            List<Element> parts = children(children(soapPart(parse(response.body()), "Body")).get(0));
            assertThat(parts).extracting(Element::getLocalName).containsExactly("faultcode", "faultstring");
            assertThat(parts.get(0).getTextContent()).endsWith(":Server");
            assertThat(parts.get(1).getTextContent())
                    .isEqualTo("The National Population Database could not answer this request; try again later.");
        }
    }

    @Test
    void slowProviderAnswersOnlyAfterItsDelay() throws Exception {
        Duration delay = Duration.ofMillis(1500);
        try (NpdProviderSystem npd = NpdProviderSystem.builder()
                .port(NpdTestFixtures.freePort())
                .dataSource(NpdTestFixtures.freshDatabase())
                .responseDelay(delay)
                .start()) {
            HttpRequest impatient = HttpRequest.newBuilder(URI.create(npd.endpointUrl()))
                    .timeout(Duration.ofMillis(200))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
                    .build();
            assertThatThrownBy(() -> send(impatient)).isInstanceOf(HttpTimeoutException.class);

            long started = System.nanoTime();
            HttpResponse<String> patient = send(soapPost(npd.endpointUrl(), REQUEST));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(patient.statusCode()).isEqualTo(200);
            assertThat(waited).isGreaterThanOrEqualTo(delay);
        }
    }

    @Test
    void closedProviderRefusesConnectionsAndCanStartAgainOnTheSamePort() throws Exception {
        int port = NpdTestFixtures.freePort();
        DataSource database = NpdTestFixtures.freshDatabase();
        NpdProviderSystem npd = NpdProviderSystem.start(port, database);
        assertThat(send(soapPost(npd.endpointUrl(), REQUEST)).statusCode()).isEqualTo(200);

        npd.close();

        assertThat(npd.isRunning()).isFalse();
        assertThatThrownBy(() -> send(soapPost(npd.endpointUrl(), REQUEST))).isInstanceOf(ConnectException.class);

        try (NpdProviderSystem again = NpdProviderSystem.start(port, database)) {
            Document response = parse(send(soapPost(again.endpointUrl(), REQUEST)).body());
            assertThat(children(children(soapPart(response, "Body")).get(0)).get(0).getTextContent()).isEqualTo("FOUND");
        }
    }
}
