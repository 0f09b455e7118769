package vn.lienthong.routes.metadata;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import vn.lienthong.messagelog.evidence.EvidenceResponse;
import vn.lienthong.messagelog.evidence.EvidenceService;

/**
 * {@code GET /asic?queryId=ID} on the client proxy, like X-Road's evidence endpoint: the ASiC-E container of
 * one logged exchange (messages as signed, time-stamp tokens, inclusion proofs). It holds personal data,
 * so only the addresses in {@code lienthong.evidence.allowed-addresses} (default loopback) may fetch it.
 */
final class AsicEvidence implements Processor {

    private static final String REMOTE_ADDRESS = "CamelNettyRemoteAddress";

    private final EvidenceService evidence;
    private final Set<String> allowedAddresses;

    AsicEvidence(EvidenceService evidence, Set<String> allowedAddresses) {
        this.evidence = evidence;
        this.allowedAddresses = Set.copyOf(allowedAddresses);
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        Message out = exchange.getMessage();
        String caller = address(in.getHeader(REMOTE_ADDRESS, SocketAddress.class));
        EvidenceResponse response;
        if (!allowedAddresses.contains(caller)) {
            response = EvidenceResponse.text(403, "evidence is served only to " + allowedAddresses
                    + " (lienthong.evidence.allowed-addresses); this request came from " + caller);
        } else {
            response = evidence.handle(QueryParameters.parse(in.getHeader(Exchange.HTTP_QUERY, String.class)).get("queryId"));
        }
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        out.setHeader(Exchange.CONTENT_TYPE, response.contentType());
        if (response.fileName() != null) {
            out.setHeader("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
        }
        out.setBody(response.body());
    }

    private static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
