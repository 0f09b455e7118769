package vn.lienthong.routes.transport;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Forwards plain SOAP to a provider information system and waits at most the service's timeout. A provider's
 * service need not be idempotent, so a request is never sent to it twice
 * ({@link BlockingPost.StaleConnections#CHECK_FIRST}).
 */
public final class ProviderSystemClient {

    static {
        BlockingPost.keepEnoughConnections();
    }

    private final Duration connectTimeout;

    public ProviderSystemClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpReply send(URI url, byte[] body, String contentType, String soapAction, Duration timeout) {
        try {
            return BlockingPost.post(url.toURL(), body, contentType, soapAction, connectTimeout, timeout,
                    HttpsURLConnection.getDefaultSSLSocketFactory(), HttpsURLConnection.getDefaultHostnameVerifier(),
                    BlockingPost.StaleConnections.CHECK_FIRST);
        } catch (BlockingPost.ConnectFailed e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the provider information system at " + url + " cannot be reached");
        } catch (BlockingPost.AnswerTimedOut e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_TIMEOUT,
                    "the provider information system did not answer within " + timeout.toMillis() + " ms");
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the provider information system's address " + url + " is not a usable URL");
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the exchange with the provider information system failed: " + e.getMessage());
        }
    }
}
