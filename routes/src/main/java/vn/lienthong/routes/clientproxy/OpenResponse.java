package vn.lienthong.routes.clientproxy;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Element;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.error.SecurityFailures;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.XRoadHeaderParser;
import vn.lienthong.routes.soap.XRoadHeaders;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.security.wss.MessageSecurityException;
import vn.lienthong.security.wss.VerifiedMessage;

/**
 * Decrypts and verifies the provider's response: signed by the provider member, answering this very
 * request (its requestHash and echoed headers match), and hands the plain SOAP to the information system.
 */
final class OpenResponse implements Processor {

    private final ServerRuntime runtime;

    OpenResponse(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        XRoadHeaders request = message.headers();
        SoapEnvelope response = SoapEnvelope.of(SafeXml.parse(message.responseBytes(), FaultOrigin.CLIENT_PROXY),
                FaultOrigin.CLIENT_PROXY);
        XRoadHeaders echoed = XRoadHeaderParser.parse(response, FaultOrigin.CLIENT_PROXY);
        List<QName> signed = new ArrayList<>(echoed.present());
        signed.add(XRoadNames.REQUEST_HASH);
        VerifiedMessage verified;
        try {
            verified = runtime.verifier().verify(response.document(),
                    runtime.memberKey(request.client().member()).orElseThrow(), signed);
        } catch (MessageSecurityException e) {
            throw SecurityFailures.toFault(e, FaultOrigin.CLIENT_PROXY);
        }
        message.signedResponse(verified.signedForm());
        message.response(response);
        MemberId provider = request.service().provider().member();
        MemberId signer = CertificateProfile.memberOf(verified.signerCertificate()).orElse(null);
        if (!provider.equals(signer)) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.SIGNER_MISMATCH,
                    "the response is signed by " + signer + ", not by the provider member " + provider);
        }
        if (!request.client().equals(echoed.client()) || !request.service().equals(echoed.service())
                || !request.id().equals(echoed.id())) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.INCONSISTENT_RESPONSE,
                    "the response's client, service or id header differs from the request's");
        }
        List<Element> hash = response.headerElements(XRoadNames.REQUEST_HASH);
        if (hash.size() != 1 || !message.requestHash().equals(hash.get(0).getTextContent().trim())) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.INCONSISTENT_RESPONSE,
                    "the response's requestHash does not match the request this server sent");
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, message.soapVersion().contentType());
        // A provider's own SOAP fault travels signed like any answer; HTTP says it is a fault, as SOAP 1.1 asks.
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.isFault() ? 500 : 200);
        exchange.getMessage().setBody(SafeXml.write(response.document()));
    }
}
