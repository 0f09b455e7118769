package vn.lienthong.globalconf.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Submits signed management requests to the authority over HTTP ({@code POST /managementrequests}). The authority
 * answers {@code 202} with the request number, or {@code 4xx} with {@code REASON: explanation}.
 */
public final class ManagementRequestClient {

    private final URI endpoint;
    private final HttpClient http;

    public ManagementRequestClient(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Submits the request and returns the number the authority gave it. */
    public long submit(SignedManagementRequest request) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.toBytes())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body().strip();
            if (response.statusCode() == 202) {
                return Long.parseLong(body);
            }
            throw new SubmissionRefusedException(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the configuration authority at " + endpoint + ": " + e
                    + "; check the address and that 'lienthong confauth serve' runs there", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while submitting to " + endpoint, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(endpoint + " is not a configuration authority (answer was not a number)", e);
        }
    }
}
