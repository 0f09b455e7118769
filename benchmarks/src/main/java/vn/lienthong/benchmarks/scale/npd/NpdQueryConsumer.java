package vn.lienthong.benchmarks.scale.npd;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import vn.lienthong.benchmarks.driver.ConsumerSystem;
import vn.lienthong.benchmarks.driver.RoundTrip;
import vn.lienthong.benchmarks.driver.SoapPost;
import vn.lienthong.benchmarks.driver.UnexpectedAnswer;

/**
 * The Public Service Portal posting one NPD query straight to the provider (plain SOAP over keep-alive
 * HTTP, no security server), each time about a citizen drawn from the sample.
 */
final class NpdQueryConsumer implements ConsumerSystem {


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
        SoapPost.Answer answer = SoapPost.post(url, body);
        if (answer.status() != 200 || !operation.answered(answer.body(), citizen)) {
            throw new UnexpectedAnswer(operation.serviceCode() + " " + citizen.pin() + ": HTTP " + answer.status() + ": " + answer.body());
        }
    }
}
