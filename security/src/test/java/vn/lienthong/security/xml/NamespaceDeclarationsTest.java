package vn.lienthong.security.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NamespaceDeclarationsTest {

    @BeforeAll
    static void santuario() {
        org.apache.xml.security.Init.init();
    }

    @Test
    void canonicalFormOfAFixedUpTreeKeepsEveryNamespace() throws Exception {
        Document doc = parse("<s:Envelope xmlns:s=\"urn:soap\"><s:Header/><s:Body xmlns=\"urn:default\"/></s:Envelope>");
        Element header = (Element) doc.getDocumentElement().getFirstChild();
        Element client = doc.createElementNS("urn:xroad", "xroad:client");
        client.setAttributeNS("urn:id", "id:objectType", "SUBSYSTEM");
        Element member = doc.createElementNS("urn:id", "id:memberCode");
        member.setTextContent("MPS");
        client.appendChild(member);
        header.appendChild(client);
        Element body = (Element) header.getNextSibling();
        Element noNamespace = doc.createElementNS(null, "plain");
        body.appendChild(noNamespace);

        NamespaceDeclarations.addMissing(doc);

        Document reread = parse(canonical(doc));
        Element readClient = (Element) reread.getElementsByTagNameNS("urn:xroad", "client").item(0);
        assertEquals("SUBSYSTEM", readClient.getAttributeNS("urn:id", "objectType"));
        assertEquals("MPS", reread.getElementsByTagNameNS("urn:id", "memberCode").item(0).getTextContent());
        Element readPlain = (Element) reread.getElementsByTagName("plain").item(0);
        assertNull(readPlain.getNamespaceURI());
    }

    @Test
    void aParsedDocumentIsLeftAsItWas() throws Exception {
        String xml = "<a:root xmlns:a=\"urn:a\" xmlns=\"urn:d\"><inner a:flag=\"1\"/></a:root>";
        Document doc = parse(xml);
        String before = canonical(doc);
        NamespaceDeclarations.addMissing(doc);
        assertEquals(before, canonical(doc));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String canonical(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS).canonicalizeSubtree(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
