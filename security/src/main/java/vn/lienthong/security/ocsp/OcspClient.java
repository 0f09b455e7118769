package vn.lienthong.security.ocsp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.bouncycastle.cert.ocsp.OCSPResp;

/** Asks a certificate's OCSP responder over HTTP POST (RFC 6960 appendix A) and verifies the answer. */
final class OcspClient {

    private final HttpClient http;
    private final OcspResponders responders;
    private final OcspResponseVerifier verifier;
    private final Duration timeout;
    private final Clock clock;

    OcspClient(OcspSettings settings, Clock clock) {
        this.timeout = settings.requestTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.responders = new OcspResponders(settings.responderOverrides());
        this.verifier = new OcspResponseVerifier(settings.freshness());
        this.clock = clock;
    }

    boolean hasResponderFor(X509Certificate certificate) {
        return responders.knows(certificate);
    }

    /** A verified answer about {@code certificate}, whose issuer is {@code issuer}. */
    OcspStatus fetch(X509Certificate certificate, X509Certificate issuer) throws OcspResponseException {
        URI responder = responders.responderFor(certificate);
        OcspRequest request = OcspRequest.of(certificate, issuer);
        HttpRequest post = HttpRequest.newBuilder(responder)
                .timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .header("Accept", "application/ocsp-response")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.encoded()))
                .build();
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new OcspResponseException("OCSP responder " + responder + " is unreachable: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcspResponseException("interrupted while asking OCSP responder " + responder, e);
        }
        if (answer.statusCode() != 200) {
            throw new OcspResponseException("OCSP responder " + responder + " answered HTTP " + answer.statusCode());
        }
        OCSPResp response;
        try {
            response = new OCSPResp(answer.body());
        } catch (IOException e) {
            throw new OcspResponseException("OCSP responder " + responder + " sent no OCSP response", e);
        }
        return verifier.verify(response, request, issuer, clock.instant());
    }
}
