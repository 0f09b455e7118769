package vn.lienthong.routes.serverproxy;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.error.SecurityFailures;
import vn.lienthong.routes.logging.PersonalIds;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.wss.MessageSecurityException;
import vn.lienthong.security.wss.VerifiedMessage;

/**
 * Decrypts the Body with the provider member's key and verifies the signature: certificate chain to an
 * approved CA, timestamp freshness, no replay, and that Body, Timestamp and every X-Road header are signed.
 */
final class VerifyRequest implements Processor {

    private final ServerRuntime runtime;

    VerifyRequest(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        MemberId provider = message.headers().service().provider().member();
        SigningCredential key = runtime.memberKey(provider).orElseThrow(() -> new BusFault(FaultOrigin.SERVER_PROXY,
                ErrorCode.UNKNOWN_SERVICE, "provider member " + provider + " is not served by this security server"));
        List<QName> signed = new ArrayList<>(message.headers().present());
        signed.add(XRoadNames.TRANSPORT_REQUEST_HASH);
        VerifiedMessage verified;
        try {
            verified = runtime.verifier().verify(message.request().document(), key, signed);
        } catch (MessageSecurityException e) {
            throw SecurityFailures.toFault(e, FaultOrigin.SERVER_PROXY);
        }
        message.peerSigner(verified.signerCertificate());
        message.signedRequest(verified.signedForm(), message.requestBytes().length);
        message.citizenIds(PersonalIds.inBody(message.request()));
        message.requestHash(message.request().headerElements(XRoadNames.TRANSPORT_REQUEST_HASH).get(0)
                .getTextContent().trim());
    }
}
