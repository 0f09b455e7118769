package vn.lienthong.routes.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/** Forwards plain SOAP to a provider information system and waits at most the service's timeout. */
public final class ProviderSystemClient {

    private final HttpClient client;

    public ProviderSystemClient(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
    }

    public HttpReply send(URI url, byte[] body, String contentType, String soapAction, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the provider information system at " + url + " cannot be reached");
        } catch (HttpTimeoutException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_TIMEOUT,
                    "the provider information system did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the exchange with the provider information system failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "interrupted while waiting for the provider information system");
        }
    }
}
