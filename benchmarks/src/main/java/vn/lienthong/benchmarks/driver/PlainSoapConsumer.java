package vn.lienthong.benchmarks.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * An information system posting plain SOAP over HTTP with the JDK's keep-alive URLConnection (the driver JVM
 * runs with {@code -Dhttp.maxConnections} above the highest concurrency): scenario A to the provider, scenario
 * C to its security server's client proxy.
 */
public final class PlainSoapConsumer implements ConsumerSystem {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final URL url;

    public PlainSoapConsumer(URI endpoint) {
        try {
            this.url = endpoint.toURL();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a URL: " + endpoint, e);
        }
    }

    @Override
    public RoundTrip newUser() {
        return this::post;
    }

    private void post() throws IOException, UnexpectedAnswer {
        byte[] body = GetCitizenRequests.next();
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
        if (status != 200 || !GetCitizenRequests.isCitizenRecord(answer)) {
            throw new UnexpectedAnswer("HTTP " + status + ": " + answer);
        }
    }
}
