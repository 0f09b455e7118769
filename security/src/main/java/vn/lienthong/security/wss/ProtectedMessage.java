package vn.lienthong.security.wss;

import org.w3c.dom.Document;

/**
 * A protected message: the document to send (signed, Body encrypted) and the message as it was signed,
 * before encryption, for the message log.
 */
public record ProtectedMessage(Document document, byte[] signedForm) {

    @Override
    public byte[] signedForm() {
        return signedForm.clone();
    }

    @Override
    public String toString() {
        return "ProtectedMessage[" + signedForm.length + " bytes as signed]";
    }
}
