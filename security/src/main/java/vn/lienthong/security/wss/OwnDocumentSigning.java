package vn.lienthong.security.wss;

import javax.xml.crypto.dom.DOMCryptoContext;
import org.apache.wss4j.dom.WSDocInfo;
import org.w3c.dom.Document;

/**
 * The document state WSS4J keeps while this server signs a message, with Santuario's secure validation off in
 * the signing context. Secure validation guards a verifier against a document an attacker built: its main cost
 * on the signing side, a walk of the whole envelope for every reference to look for a second element with the
 * same Id (eight walks per signature, a fifth of signing's work besides the private-key operation), finds
 * nothing to guard against here, where every reference is to an element WSS4J has just given its Id. The
 * receiving server verifies with secure validation on, so a message whose Ids repeat is still refused there.
 */
final class OwnDocumentSigning extends WSDocInfo {

    static final String SECURE_VALIDATION = "org.apache.jcp.xml.dsig.secureValidation";

    OwnDocumentSigning(Document document) {
        super(document);
    }

    /** WSS4J calls this on the signing context just before it signs. */
    @Override
    public void setTokensOnContext(DOMCryptoContext context) {
        super.setTokensOnContext(context);
        if (context != null) {
            context.setProperty(SECURE_VALIDATION, Boolean.FALSE);
        }
    }
}
