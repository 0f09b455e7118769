package vn.lienthong.security.wss;

import org.w3c.dom.Document;

/**
 * A protected message: the document (signed, Body encrypted), its bytes to send, and the message as it was
 * signed, before encryption, for the message log. The byte arrays are the caller's: each accessor returns the
 * same array, not a copy.
 */
public record ProtectedMessage(Document document, byte[] signedForm, byte[] wire) {

    @Override
    public String toString() {
        return "ProtectedMessage[" + signedForm.length + " bytes as signed]";
    }
}
