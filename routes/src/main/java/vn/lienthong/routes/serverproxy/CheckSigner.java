package vn.lienthong.routes.serverproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.soap.ProxyMessage;

/**
 * The request must be signed by the member named in the client header, and come from a security server
 * that the global configuration registers as serving that client.
 */
final class CheckSigner implements Processor {

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        ClientId client = message.headers().client();
        MemberId signer = CertificateProfile.memberOf(message.peerSigner()).orElse(null);
        if (!client.member().equals(signer)) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SIGNER_MISMATCH, "the request is signed by "
                    + (signer == null ? message.peerSigner().getSubjectX500Principal().getName() : signer)
                    + ", but its client is " + client);
        }
        if (!message.peerServer().serves(client)) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED, "security server "
                    + message.peerServer().id() + " is not registered as serving client " + client);
        }
    }
}
