package vn.lienthong.messagelog.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.lienthong.messagelog.timestamp.HttpTimeStamper;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;

/** An RFC 3161 TSA over HTTP on a free loopback port, built with Bouncy Castle; it can be switched off and on. */
public final class TestTsa implements AutoCloseable {

    private final TestPki pki;
    private final Clock clock;
    private final HttpServer server;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicLong serials = new AtomicLong();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    public TestTsa(TestPki pki, Clock clock) throws IOException {
        this.pki = pki;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    public HttpTimeStamper client() {
        return new HttpTimeStamper(url(), Duration.ofSeconds(5), new TimeStampTokenVerifier(pki.rootAnchor()));
    }

    public void down() {
        available.set(false);
    }

    public void up() {
        available.set(true);
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!available.get()) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] reply;
            try {
                TimeStampRequest request = new TimeStampRequest(body);
                TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", pki.tsaKey.getPrivate(), pki.tsa),
                        new JcaDigestCalculatorProviderBuilder().build().get(
                                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1"));
                tokens.addCertificates(new JcaCertStore(List.of(pki.tsa)));
                TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
                reply = responses.generate(request, BigInteger.valueOf(serials.incrementAndGet()),
                        Date.from(clock.instant())).getEncoded();
                tokensIssued.incrementAndGet();
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
