package vn.lienthong.security.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaRespID;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.security.keys.SigningCredential;

/**
 * An OCSP responder for tests, on 127.0.0.1 at a free port, answering for the CAs it is given (each answer
 * signed by the CA that issued the certificate asked about, unless {@link #signWith} says otherwise).
 * Every certificate is GOOD until {@link #revoke} or {@link #markUnknown}; thisUpdate is the test clock.
 */
public final class TestOcspResponder implements AutoCloseable {

    /** What the responder does with the request nonce. */
    public enum NonceMode { ECHO, WRONG, OMIT }

    private record Revocation(Instant at, int reason) {
    }

    private final HttpServer server;
    private final Clock clock;
    private final List<SigningCredential> cas;
    private final Map<BigInteger, Revocation> revoked = new ConcurrentHashMap<>();
    private final Map<BigInteger, Boolean> unknown = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile SigningCredential signer;
    private volatile NonceMode nonceMode = NonceMode.ECHO;

    private TestOcspResponder(Clock clock, List<SigningCredential> cas) throws IOException {
        this.clock = clock;
        this.cas = List.copyOf(cas);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", this::handle);
        server.start();
    }

    /** @param cas each CA's key with its certificate first */
    public static TestOcspResponder start(Clock clock, SigningCredential... cas) {
        try {
            return new TestOcspResponder(clock, List.of(cas));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
    }

    public void revoke(BigInteger serial, Instant at, int crlReason) {
        revoked.put(serial, new Revocation(at, crlReason));
    }

    public void markUnknown(BigInteger serial) {
        unknown.put(serial, true);
    }

    /** Signs every answer with {@code credential} (a delegated responder, or a key nobody authorised). */
    public void signWith(SigningCredential credential) {
        this.signer = credential;
    }

    public void nonce(NonceMode mode) {
        this.nonceMode = mode;
    }

    public int requests() {
        return requests.get();
    }

    /** Stops answering: connections are refused from now on. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] answer = respond(new OCSPReq(in.readAllBytes())).getEncoded();
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private OCSPResp respond(OCSPReq request) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        Req single = request.getRequestList()[0];
        SigningCredential ca = null;
        for (SigningCredential candidate : cas) {
            if (single.getCertID().matchesIssuer(new JcaX509CertificateHolder(candidate.certificate()), digests)) {
                ca = candidate;
            }
        }
        if (ca == null) {
            return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null);
        }
        SigningCredential signing = signer != null ? signer : ca;
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new JcaRespID(signing.certificate().getPublicKey(), digests.get(
                        org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1)));
        Instant now = clock.instant();
        BigInteger serial = single.getCertID().getSerialNumber();
        Revocation revocation = revoked.get(serial);
        CertificateStatus status = revocation != null
                ? new RevokedStatus(Date.from(revocation.at()), revocation.reason())
                : unknown.containsKey(serial) ? new UnknownStatus() : CertificateStatus.GOOD;
        builder.addResponse(single.getCertID(), status, Date.from(now), Date.from(now.plus(Duration.ofHours(4))));
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null && nonceMode == NonceMode.ECHO) {
            builder.setResponseExtensions(new Extensions(nonce));
        } else if (nonceMode == NonceMode.WRONG) {
            builder.setResponseExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(new byte[32]).getEncoded()))));
        }
        String algorithm = "RSA".equals(signing.privateKey().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        X509CertificateHolder[] chain = signer != null
                ? new X509CertificateHolder[] {new JcaX509CertificateHolder(signing.certificate())}
                : null;
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                builder.build(new JcaContentSignerBuilder(algorithm).build(signing.privateKey()), chain, Date.from(now)));
    }
}
