package vn.lienthong.security.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DomSerializerTest {

    private static final String MESSAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!-- before --><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:x=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:wsu=\"urn:wsu\">"
            + "<s:Header><x:userId>VN&amp;1 &lt;a&gt;</x:userId><x:issue a=\"tab&#9;lf&#10;cr&#13;q&quot;\">x</x:issue></s:Header>"
            + "<s:Body wsu:Id=\"body\"><getCitizen xmlns=\"urn:npd\"><name>Nguyễn Văn 𠀀 line&#13;\nend</name>"
            + "<note><![CDATA[a < b ]]]]><![CDATA[> c]]></note><?app data?><empty/>"
            + "<plain xmlns=\"\">no namespace</plain></getCitizen></s:Body></s:Envelope>";

    @BeforeAll
    static void santuario() {
        org.apache.xml.security.Init.init();
    }

    @Test
    void aParsedMessageReadsBackToTheSameCanonicalForm() throws Exception {
        Document original = parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        byte[] written = DomSerializer.toBytes(original);
        Document reread = parse(written);
        assertEquals(canonical(original), canonical(reread));
        assertEquals("Nguyễn Văn 𠀀 line\r\nend",
                reread.getElementsByTagNameNS("urn:npd", "name").item(0).getTextContent());
        assertEquals("tab\tlf\ncr\rq\"", ((Element) reread.getElementsByTagNameNS(
                "http://x-road.eu/xsd/xroad.xsd", "issue").item(0)).getAttribute("a"));
    }

    @Test
    void markedContentIsFoundByByteOffsetAndReplacementsAreWrittenForTheirPlace() throws Exception {
        Document doc = parse(("<a:root xmlns:a=\"urn:a\"><a:name>Nguyễn Văn 𠀀</a:name><a:box><a:old/></a:box>"
                + "<a:empty/></a:root>").getBytes(StandardCharsets.UTF_8));
        Element name = (Element) doc.getElementsByTagNameNS("urn:a", "name").item(0);
        Element box = (Element) doc.getElementsByTagNameNS("urn:a", "box").item(0);
        Element empty = (Element) doc.getElementsByTagNameNS("urn:a", "empty").item(0);

        WrittenDocument written = DomSerializer.toBytesMarking(doc, name, box, empty);

        assertArrayEquals(DomSerializer.toBytes(doc), written.bytes());
        ElementContent inName = written.content(0).orElseThrow();
        assertEquals("Nguyễn Văn 𠀀", new String(written.bytes(), inName.start(), inName.end() - inName.start(),
                StandardCharsets.UTF_8));
        ElementContent inBox = written.content(1).orElseThrow();
        assertEquals("<a:old/>", new String(written.bytes(), inBox.start(), inBox.end() - inBox.start(),
                StandardCharsets.UTF_8));
        assertTrue(written.content(2).isEmpty(), "an element written as <e/> has no content to mark");

        Element sameNamespace = doc.createElementNS("urn:a", "a:new");
        Element otherNamespace = doc.createElementNS("urn:b", "b:new");
        assertEquals("<a:new/>", new String(inBox.write(sameNamespace), StandardCharsets.UTF_8));
        assertEquals("<b:new xmlns:b=\"urn:b\"/>", new String(inBox.write(otherNamespace), StandardCharsets.UTF_8));
        assertEquals("<a:new/>", new String(inBox.write(sameNamespace), StandardCharsets.UTF_8),
                "a place can be written for more than once");
    }

    @Test
    void elementsBuiltInMemoryGetTheDeclarationsTheyNeed() throws Exception {
        Document doc = parse("<a:root xmlns:a=\"urn:a\" xmlns=\"urn:default\"><inner/></a:root>"
                .getBytes(StandardCharsets.UTF_8));
        Element child = doc.createElementNS("urn:b", "b:child");
        child.setAttributeNS("urn:c", "c:flag", "1");
        child.setAttributeNS("urn:d", "unprefixed", "2");
        Element noNamespace = doc.createElementNS(null, "local");
        child.appendChild(noNamespace);
        Element sameDefault = doc.createElementNS("urn:default", "deep");
        noNamespace.appendChild(sameDefault);
        doc.getDocumentElement().appendChild(child);

        Document reread = parse(DomSerializer.toBytes(doc));
        Element readChild = (Element) reread.getElementsByTagNameNS("urn:b", "child").item(0);
        assertEquals("1", readChild.getAttributeNS("urn:c", "flag"));
        assertEquals("2", readChild.getAttributeNS("urn:d", "unprefixed"));
        Element readLocal = (Element) readChild.getFirstChild();
        assertEquals("local", readLocal.getLocalName());
        assertNull(readLocal.getNamespaceURI());
        assertEquals("urn:default", readLocal.getFirstChild().getNamespaceURI());
        assertEquals("urn:default", reread.getDocumentElement().getFirstChild().getNamespaceURI());
    }

    @Test
    void aDeclarationSetAsAPlainAttributeIsWrittenOnce() throws Exception {
        Document doc = parse("<root xmlns=\"urn:r\"/>".getBytes(StandardCharsets.UTF_8));
        Element derived = doc.createElementNS("urn:xenc11", "xenc11:KeyDerivationMethod");
        derived.setAttribute("xmlns:xenc11", "urn:xenc11");
        doc.getDocumentElement().appendChild(derived);

        String written = new String(DomSerializer.toBytes(doc), StandardCharsets.UTF_8);
        assertEquals(1, written.split("xmlns:xenc11=", -1).length - 1, written);
        NamespaceDeclarations.addMissing(doc);
        assertEquals(written, new String(DomSerializer.toBytes(doc), StandardCharsets.UTF_8));
        assertEquals("urn:xenc11", parse(written.getBytes(StandardCharsets.UTF_8))
                .getDocumentElement().getFirstChild().getNamespaceURI());
    }

    @Test
    void aFragmentHasNoDeclarationAndCarriesItsNamespaces() throws Exception {
        Document doc = parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        Element body = (Element) doc.getElementsByTagNameNS("urn:npd", "getCitizen").item(0);
        String fragment = new String(DomSerializer.toBytes(body), StandardCharsets.UTF_8);
        assertTrue(fragment.startsWith("<getCitizen xmlns=\"urn:npd\"><name>"), fragment);
        Document reread = parse(fragment.getBytes(StandardCharsets.UTF_8));
        assertEquals("urn:npd", reread.getDocumentElement().getNamespaceURI());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String canonical(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS).canonicalizeSubtree(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
