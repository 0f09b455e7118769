package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.launcher.demo.XRoadRequest;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/** The client proxy's HTTPS port: only information systems with a registered certificate get in. */
class InformationSystemTlsTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    static KeyPair registeredKeys;
    static X509Certificate registered;
    static int httpsPort;

    @BeforeAll
    static void start() throws Exception {
        registeredKeys = KeyAlgorithm.RSA_2048.generate();
        registered = selfSigned(registeredKeys, "CN=portal-information-system");
        httpsPort = freePort();
        fixture = FederationFixture.start(folder, KeyAlgorithm.RSA_2048, w -> {
            Path dir = w.serverDirectory(SS_VPCP);
            try {
                Files.writeString(dir.resolve("is-certificates.pem"), Pem.encode(registered));
                Files.writeString(dir.resolve("server.properties"), "lienthong.client-proxy.https-port=" + httpsPort
                        + "\nlienthong.client-proxy.is-certificates=is-certificates.pem\n", java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aRegisteredInformationSystemIsServed() throws Exception {
        HttpResponse<String> r = post(client(registeredKeys, registered));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Nguyễn Văn An");
    }

    @Test
    void anUnregisteredCertificateIsRefusedAtTheHandshake() throws Exception {
        KeyPair other = KeyAlgorithm.RSA_2048.generate();
        HttpClient stranger = client(other, selfSigned(other, "CN=stranger"));
        assertThatThrownBy(() -> post(stranger)).isInstanceOf(IOException.class);
    }

    private static HttpResponse<String> post(HttpClient http) throws Exception {
        String xml = XRoadRequest.from(PORTAL, GET_CITIZEN)
                .body(XRoadRequest.getCitizenBody(NpdDemoCitizens.NGUYEN_VAN_AN, "lookup")).toXml();
        return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + "/"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpClient client(KeyPair keys, X509Certificate cert) throws Exception {
        char[] pw = "transient".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("is", keys.getPrivate(), pw, new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
        kmf.init(ks, pw);
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("root", Pem.read(fixture.pki.rootCertificatePem()));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(ts);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static X509Certificate selfSigned(KeyPair keys, String dn) throws Exception {
        X500Principal name = new X500Principal(dn);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(30))), name, keys.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
