package vn.lienthong.benchmarks.driver;

import java.io.IOException;
import java.net.URI;
import java.net.URL;

/**
 * An information system posting plain SOAP over HTTP with the JDK's keep-alive URLConnection (the driver JVM
 * runs with {@code -Dhttp.maxConnections} above the highest concurrency): scenario A to the provider, scenario
 * C to its security server's client proxy.
 */
public final class PlainSoapConsumer implements ConsumerSystem {


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
        SoapPost.Answer answer = SoapPost.post(url, body);
        if (answer.status() != 200 || !GetCitizenRequests.isCitizenRecord(answer.body())) {
            throw new UnexpectedAnswer("HTTP " + answer.status() + ": " + answer.body());
        }
    }
}
