package vn.lienthong.benchmarks.scale.npd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import vn.lienthong.benchmarks.driver.ConsumerSystem;
import vn.lienthong.benchmarks.driver.RoundTrip;
import vn.lienthong.benchmarks.driver.UnexpectedAnswer;

/**
 * The Public Service Portal posting one NPD query straight to the provider (plain SOAP over keep-alive
 * HTTP, no security server), each time about a citizen drawn from the sample.
 */
final class NpdQueryConsumer implements ConsumerSystem {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final URL url;
    private final NpdOperation operation;
    private final List<SampledCitizen> citizens;

    NpdQueryConsumer(URI endpoint, NpdOperation operation, List<SampledCitizen> citizens) throws IOException {
        this.url = endpoint.toURL();
        this.operation = operation;
        this.citizens = List.copyOf(citizens);
    }

    @Override
    public RoundTrip newUser() {
        return this::post;
    }

    private void post() throws IOException, UnexpectedAnswer {
        SampledCitizen citizen = citizens.get(ThreadLocalRandom.current().nextInt(citizens.size()));
        byte[] body = operation.request(citizen).getBytes(StandardCharsets.UTF_8);
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setConnectTimeout(TIMEOUT_MILLIS);
        c.setReadTimeout(TIMEOUT_MILLIS);
        c.setRequestProperty("Content-Type", "text/xml; charset=UTF-8");
        c.setRequestProperty("SOAPAction", "\"\"");
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        String answer;
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200 || !operation.answered(answer, citizen)) {
            throw new UnexpectedAnswer(operation.serviceCode() + " " + citizen.pin() + ": HTTP " + status + ": " + answer);
        }
    }
}
