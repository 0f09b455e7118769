package vn.lienthong.routes.clientproxy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.wss.ProtectedMessage;

/**
 * Adds the SHA-512 of the request as received, then signs it with the client member's key (Timestamp,
 * Body, X-Road headers) and encrypts the Body to the provider member's certificate (WS-Security).
 */
final class ProtectRequest implements Processor {

    private final ServerRuntime runtime;

    ProtectRequest(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        message.requestHash(sha512(message.requestBytes()));
        Document doc = message.request().document();
        Element hash = doc.createElementNS(XRoadNames.TRANSPORT_NS, "lt:requestHash");
        hash.setAttribute("algorithmId", XRoadNames.SHA512_ALGORITHM_ID);
        hash.setTextContent(message.requestHash());
        message.request().headerOrCreate().appendChild(hash);

        List<QName> signed = new ArrayList<>(message.headers().present());
        signed.add(XRoadNames.TRANSPORT_REQUEST_HASH);
        SigningCredential key = runtime.memberKey(message.headers().client().member()).orElseThrow();
        X509Certificate recipient = runtime.memberCertificate(message.headers().service().provider().member())
                .orElseThrow();
        SafeXml.declareNamespaces(doc);
        ProtectedMessage protectedMessage = runtime.protector().protectKeepingSignedForm(doc, key, recipient, signed);
        byte[] wire = protectedMessage.wire();
        message.signedRequest(protectedMessage.signedForm(), wire.length);
        exchange.getMessage().setBody(wire);
    }

    static String sha512(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is missing from this JVM", e);
        }
    }
}
