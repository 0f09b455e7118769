package vn.lienthong.security.wss;

import org.w3c.dom.Document;
import vn.lienthong.security.xml.DomSerializer;

/**
 * The bytes of a message as it was signed: Body in clear, wsse:Security with its signature intact. This is
 * the form the message log keeps, because its signature verifies with independent tools (xmlsec1 and
 * others) without any key to decrypt it.
 */
final class SignedForm {

    private SignedForm() {
    }

    static byte[] of(Document document) {
        return DomSerializer.toBytes(document);
    }
}
