package vn.lienthong.benchmarks.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import vn.lienthong.benchmarks.driver.GetCitizenRequests;
import vn.lienthong.benchmarks.driver.PlainSoapConsumer;
import vn.lienthong.benchmarks.driver.SoapPost;
import vn.lienthong.benchmarks.driver.WssDispatchConsumer;
import vn.lienthong.benchmarks.wss.AgencyKeys;
import vn.lienthong.benchmarks.wss.AgencyWss;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.DemoWorkspace;

/** The provider information system every scenario calls, published with CXF as ProviderMain does. */
class CitizenEndpointTest {

    private EndpointImpl endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    @Test
    void answersGetCitizenWithTheRecordAndTheRequestHeadersInTheirOrder() throws Exception {
        URI url = publish(null);

        String request = GetCitizenRequests.nextXml();
        SoapPost.Answer answer = SoapPost.post(url.toURL(), request.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(GetCitizenRequests.isCitizenRecord(answer.body())).as(answer.body()).isTrue();
        assertThat(headerElements(answer.body())).isEqualTo(headerElements(request))
                .extracting(Header::localName)
                .containsExactly("client", "service", "id", "userId", "protocolVersion");
        new PlainSoapConsumer(url).newUser().call();
    }

    @Test
    void answersAConsumerSigningAndEncryptingWithWss4jAndRefusesOneItDoesNotAccept(@TempDir Path dir) throws Exception {
        DemoPkiResult pki = new DemoWorkspace(dir, DemoPorts.free()).prepare(KeyAlgorithm.RSA_2048);
        List<Path> cas = List.of(pki.rootCertificatePem(), pki.intermediateCertificatePem());
        URI url = publish(AgencyKeys.provider(pki.memberKeystore(DemoFederationSpec.MPS), pki.passwordFile(), cas,
                List.of(pki.memberCertificatePem(DemoFederationSpec.VPCP))));
        Path providerCertificate = pki.memberCertificatePem(DemoFederationSpec.MPS);

        new WssDispatchConsumer(url, AgencyKeys.consumer(pki.memberKeystore(DemoFederationSpec.VPCP),
                pki.passwordFile(), cas, providerCertificate)).newUser().call();

        // MOH signs correctly but is not among the provider's accepted signers: had the provider answered, the
        // answer would be signed by MPS and encrypted to MOH, which this consumer accepts and decrypts.
        assertThatThrownBy(() -> new WssDispatchConsumer(url, AgencyKeys.consumer(
                pki.memberKeystore(DemoFederationSpec.MOH), pki.passwordFile(), cas, providerCertificate)).newUser().call())
                .isInstanceOf(SOAPFaultException.class);
        SoapPost.Answer plain = SoapPost.post(url.toURL(), GetCitizenRequests.next());
        assertThat(plain.status()).isEqualTo(500);
        assertThat(plain.body()).contains("Fault").doesNotContain("FOUND");
    }

    private URI publish(AgencyKeys keys) {
        int port = DemoPorts.free().npdProviderSystem();
        endpoint = new EndpointImpl(BusFactory.getDefaultBus(), new CitizenEndpoint());
        if (keys != null) {
            AgencyWss.secure(endpoint, keys);
        }
        String address = "http://127.0.0.1:" + port + ProviderMain.PATH;
        endpoint.publish(address);
        return URI.create(address);
    }

    /** The Header's child elements, as (namespace, local name, text) in document order. */
    private static List<Header> headerElements(String envelope) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(envelope)));
        Element header = (Element) doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Header").item(0);
        List<Header> found = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(new Header(e.getNamespaceURI(), e.getLocalName(), e.getTextContent().strip()));
            }
        }
        return found;
    }

    private record Header(String namespace, String localName, String text) {
    }
}
