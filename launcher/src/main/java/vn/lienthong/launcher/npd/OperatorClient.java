package vn.lienthong.launcher.npd;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lienthong.routes.provider.npd.operator.OperatorEndpoint;

/**
 * The NPD provider's operator endpoint ({@code <url>/npd-operator}) over HTTP: answers of 2xx come back as
 * text; anything else becomes an {@link NpdOperatorFailure} carrying the provider's one-line reason.
 */
final class OperatorClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    private OperatorClient(URI base) {
        this.base = base;
    }

    /** The client of the provider at {@code url} ({@code http://HOST:PORT}, as given to {@code --url}). */
    static OperatorClient of(String url) throws NpdOperatorFailure {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new NpdOperatorFailure(NpdOperatorFailure.REFUSED, "--url " + url + " is no URL: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new NpdOperatorFailure(NpdOperatorFailure.REFUSED,
                    "--url " + url + " is not the NPD provider's http://HOST:PORT (the demo's is http://127.0.0.1:8090)");
        }
        return new OperatorClient(uri);
    }

    String get(String path) throws NpdOperatorFailure {
        return send(HttpRequest.newBuilder(endpoint(path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    String post(String path, Map<String, String> form) throws NpdOperatorFailure {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(endpoint(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private URI endpoint(String path) {
        return URI.create(base + OperatorEndpoint.PATH + path);
    }

    private String send(HttpRequest request) throws NpdOperatorFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw unreachable("nothing answers");
        } catch (HttpTimeoutException e) {
            throw unreachable("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw unreachable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NpdOperatorFailure(NpdOperatorFailure.FAILED, "interrupted");
        }
        int status = response.statusCode();
        if (!isOperatorAnswer(response)) {
            throw new NpdOperatorFailure(NpdOperatorFailure.FAILED, base + " answered HTTP " + status
                    + ", not as the NPD provider's operator endpoint: give the NPD provider's address with --url");
        }
        if (status / 100 == 2) {
            return response.body();
        }
        String reason = response.body().strip().lines().findFirst().orElse("HTTP " + status);
        int exitCode = status >= 500 ? NpdOperatorFailure.FAILED : NpdOperatorFailure.REFUSED;
        throw new NpdOperatorFailure(exitCode, reason);
    }

    private NpdOperatorFailure unreachable(String what) {
        return new NpdOperatorFailure(NpdOperatorFailure.FAILED, "the NPD provider at " + base + ": " + what
                + "; is it running ('lienthong demo')? give its address with --url");
    }

    private static boolean isOperatorAnswer(HttpResponse<String> response) {
        return response.headers().firstValue(OperatorEndpoint.ANSWERED_BY).filter(OperatorEndpoint.ANSWERED_BY_VALUE::equals)
                .isPresent();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
