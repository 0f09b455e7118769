package vn.lienthong.messagelog.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 client over HTTP (RFC 3161 section 3.4): POSTs {@code application/timestamp-query} with a random
 * 64-bit nonce and certReq set, checks the response against the request (status, nonce, imprint, certificate present)
 * and the token against the TSA trust anchors ({@link TimeStampTokenVerifier}). Thread-safe.
 */
public final class HttpTimeStamper implements TimeStamper {

    private static final String QUERY_TYPE = "application/timestamp-query";

    private final URI url;
    private final Duration timeout;
    private final TimeStampTokenVerifier verifier;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public HttpTimeStamper(URI url, Duration timeout, TimeStampTokenVerifier verifier) {
        this.url = url;
        this.timeout = timeout;
        this.verifier = verifier;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public TimeStampResult stamp(byte[] sha256Digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256Digest, new BigInteger(64, random));
        try {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Content-Type", QUERY_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                return new TimeStampResult.Failed("TSA " + url + " answered HTTP " + reply.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                return new TimeStampResult.Failed("TSA " + url + " refused: " + response.getStatusString());
            }
            byte[] token = response.getTimeStampToken().getEncoded();
            VerifiedToken verified = verifier.verify(token, sha256Digest);
            return new TimeStampResult.Stamped(token, verified.genTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TimeStampResult.Failed("interrupted while waiting for TSA " + url);
        } catch (IOException e) {
            return new TimeStampResult.Failed("TSA " + url + " unreachable: " + e);
        } catch (TSPException e) {
            return new TimeStampResult.Failed("TSA " + url + " sent an invalid response: " + e.getMessage());
        } catch (TimeStampVerificationException e) {
            return new TimeStampResult.Failed("TSA " + url + " sent a token that does not verify: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "HttpTimeStamper[" + url + "]";
    }
}
