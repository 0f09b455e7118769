package vn.lienthong.security.wss;

import java.io.ByteArrayOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * The bytes of a message as it was signed: Body in clear, wsse:Security with its signature intact. This is
 * the form the message log keeps, because its signature verifies with independent tools (xmlsec1 and
 * others) without any key to decrypt it.
 */
final class SignedForm {

    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

    private SignedForm() {
    }

    static byte[] of(Document document) {
        try {
            Transformer t = TRANSFORMERS.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the signed message: " + e.getMessage(), e);
        }
    }
}
