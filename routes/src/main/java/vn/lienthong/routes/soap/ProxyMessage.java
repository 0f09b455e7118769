package vn.lienthong.routes.soap;

import java.security.cert.X509Certificate;
import java.time.Instant;
import org.apache.camel.Exchange;
import vn.lienthong.conf.global.SecurityServerInfo;

/**
 * The explicit context that the steps of one proxy pipeline share: the request as received, its parsed
 * envelope and headers, who is on the other side, and the response on its way back. One instance per
 * exchange, stored as an exchange property.
 */
public final class ProxyMessage {

    public static final String PROPERTY = "lienthong.message";

    private final Instant receivedAt;
    private final byte[] requestBytes;
    private SoapEnvelope request;
    private XRoadHeaders headers;
    private String requestHash;
    private SecurityServerInfo peerServer;
    private X509Certificate peerSigner;
    private byte[] responseBytes;
    private byte[] signedRequest;
    private byte[] signedResponse;
    private long requestWireSize;
    private boolean requestLogged;
    private Instant responseReceivedAt;
    private SoapEnvelope response;
    private java.util.List<String> citizenIds = java.util.List.of();

    public ProxyMessage(Instant receivedAt, byte[] requestBytes) {
        this.receivedAt = receivedAt;
        this.requestBytes = requestBytes;
    }

    public static ProxyMessage of(Exchange exchange) {
        ProxyMessage m = exchange.getProperty(PROPERTY, ProxyMessage.class);
        if (m == null) {
            throw new IllegalStateException("no request has been read on this exchange yet");
        }
        return m;
    }

    public static ProxyMessage ofNullable(Exchange exchange) {
        return exchange.getProperty(PROPERTY, ProxyMessage.class);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public byte[] requestBytes() {
        return requestBytes;
    }

    public SoapEnvelope request() {
        return request;
    }

    public void request(SoapEnvelope envelope) {
        this.request = envelope;
    }

    public SoapVersion soapVersion() {
        return request == null ? SoapVersion.SOAP_11 : request.version();
    }

    public XRoadHeaders headers() {
        return headers;
    }

    public void headers(XRoadHeaders headers) {
        this.headers = headers;
    }

    /** Base64 SHA-512 of the request as the client information system sent it. */
    public String requestHash() {
        return requestHash;
    }

    public void requestHash(String requestHash) {
        this.requestHash = requestHash;
    }

    /** On the client side the provider's security server; on the server side the TLS peer's. */
    public SecurityServerInfo peerServer() {
        return peerServer;
    }

    public void peerServer(SecurityServerInfo server) {
        this.peerServer = server;
    }

    /** The member certificate that signed the message received from the other security server. */
    public X509Certificate peerSigner() {
        return peerSigner;
    }

    public void peerSigner(X509Certificate signer) {
        this.peerSigner = signer;
    }

    public byte[] responseBytes() {
        return responseBytes;
    }

    public void responseBytes(byte[] bytes) {
        this.responseBytes = bytes;
    }

    /** The request as signed (Body in clear, signature intact): what the message log keeps. */
    public byte[] signedRequest() {
        return signedRequest;
    }

    public void signedRequest(byte[] bytes, long wireSize) {
        this.signedRequest = bytes;
        this.requestWireSize = wireSize;
    }

    public long requestWireSize() {
        return requestWireSize;
    }

    /** The response as signed (Body in clear, signature intact): what the message log keeps. */
    public byte[] signedResponse() {
        return signedResponse;
    }

    public void signedResponse(byte[] bytes) {
        this.signedResponse = bytes;
    }

    /** When the answer (of the provider system or the other security server) arrived here. */
    public Instant responseReceivedAt() {
        return responseReceivedAt;
    }

    public void responseReceivedAt(Instant at) {
        this.responseReceivedAt = at;
    }

    /** The answer on its way back (plain, or as it is being protected). */
    public SoapEnvelope response() {
        return response;
    }

    public void response(SoapEnvelope envelope) {
        this.response = envelope;
    }

    /** The citizens' identification numbers the request names (read while its body is in clear). */
    public java.util.List<String> citizenIds() {
        return citizenIds;
    }

    public void citizenIds(java.util.List<String> ids) {
        this.citizenIds = java.util.List.copyOf(ids);
    }

    /** Whether the request is in the message log, so that its outcome must be logged too. */
    public boolean requestLogged() {
        return requestLogged;
    }

    public void markRequestLogged() {
        this.requestLogged = true;
    }

    /** A short description for logs: query id, client and service, when known. */
    public String describe() {
        return headers == null ? "(headers not read)"
                : "id=" + headers.id() + " client=" + headers.client() + " service=" + headers.service();
    }
}
