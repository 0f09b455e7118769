package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.testpki.Soap;

class IndexedIdLookupTest {

    private static final String WSU = "xmlns:wsu=\"" + WSConstants.WSU_NS + "\"";

    private static Document envelope(String header, String body) {
        return Soap.parse("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" %s>
                  <soap:Header>%s</soap:Header>
                  <soap:Body wsu:Id="body-1">%s</soap:Body>
                </soap:Envelope>""".formatted(WSU, header, body));
    }

    /** Adds an element carrying {@code wsuId} inside the Body's {@code c}, as decryption would add content. */
    private static Element appendToBody(Document doc, String name, String wsuId) {
        Element element = doc.createElementNS(null, name);
        element.setAttributeNS(WSConstants.WSU_NS, "wsu:Id", wsuId);
        doc.getElementsByTagNameNS("*", "c").item(0).appendChild(element);
        return element;
    }

    @Test
    void findsElementsByWsuIdAndByIdAndRegistersThemForTheSignature() throws Exception {
        Document doc = envelope("<a wsu:Id=\"h-1\"/><b Id=\"h-2\"/>", "<c/>");
        IndexedIdLookup lookup = new IndexedIdLookup(doc);
        DOMValidateContext context = new DOMValidateContext(new javax.crypto.spec.SecretKeySpec(new byte[16], "AES"),
                doc.getDocumentElement());

        Element a = lookup.getAndRegisterElement("#h-1", null, true, context);
        Element b = lookup.getAndRegisterElement("#h-2", null, true, context);
        Element body = lookup.getAndRegisterElement("#body-1", null, true, context);

        assertThat(a.getLocalName()).isEqualTo("a");
        assertThat(b.getLocalName()).isEqualTo("b");
        assertThat(body.getLocalName()).isEqualTo("Body");
        assertThat(context.getElementById("h-1")).isSameAs(a);
        assertThat(context.getElementById("h-2")).isSameAs(b);
        assertThat(context.getElementById("body-1")).isSameAs(body);
        assertThat(lookup.getElement("#missing", null, true)).isNull();
    }

    @Test
    void anIdCarriedTwiceFindsNothingWhenUniquenessIsAskedAndTheFirstOtherwise() throws Exception {
        Document doc = envelope("<a wsu:Id=\"h-1\"/>", "<c><a wsu:Id=\"h-1\" forged=\"yes\"/></c>");
        IndexedIdLookup lookup = new IndexedIdLookup(doc);

        assertThat(lookup.getElement("#h-1", null, true)).isNull();
        Element first = lookup.getElement("#h-1", null, false);
        assertThat(first.hasAttribute("forged")).isFalse();
    }

    @Test
    void oneElementCarryingTheIdAsWsuIdAndAsIdIsNotADuplicate() throws Exception {
        Document doc = envelope("<a wsu:Id=\"h-1\" Id=\"h-1\"/>", "<c/>");

        assertThat(new IndexedIdLookup(doc).getElement("#h-1", null, true).getLocalName()).isEqualTo("a");
    }

    @Test
    void aDuplicateAddedAfterTheIndexIsSeenOnceTheDocumentIsDeclaredChanged() throws Exception {
        Document doc = envelope("<a wsu:Id=\"h-1\"/>", "<c/>");
        IndexedIdLookup lookup = new IndexedIdLookup(doc);
        assertThat(lookup.getElement("#h-1", null, true)).isNotNull();

        appendToBody(doc, "a", "h-1");
        lookup.documentChanged();

        assertThat(lookup.getElement("#h-1", null, true)).isNull();
    }

    @Test
    void anElementAddedAfterTheIndexIsStillFound() throws Exception {
        Document doc = envelope("<a wsu:Id=\"h-1\"/>", "<c/>");
        IndexedIdLookup lookup = new IndexedIdLookup(doc);
        assertThat(lookup.getElement("#h-1", null, true)).isNotNull();

        Element added = appendToBody(doc, "d", "h-9");

        assertThat(lookup.getElement("#h-9", null, true)).isSameAs(added);
    }
}
