package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.encryption.XMLEncryptionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.security.testpki.Soap;

class EncryptedContentSerializerTest {

    /** Body content that leans on the envelope: a default namespace, a prefix and an attribute prefix declared above it. */
    private static final String ENVELOPE = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns=\"urn:outer\" xmlns:p=\"urn:p\" xmlns:q=\"urn:a&amp;b&quot;c\">"
            + "<s:Body>%s</s:Body></s:Envelope>";
    private static final String CONTENT = "\n  <getCitizen p:version=\"2\"><p:id>079203004567</p:id>"
            + "<name>Nguyễn Văn 𠀀 line&#13;\nend &amp; &lt;tag&gt;</name><q:x/><plain xmlns=\"\">no namespace</plain>"
            + "<note><![CDATA[a < b]]></note><!-- kept --><?app data?></getCitizen>\n";

    private final EncryptedContentSerializer serializer = EncryptedContentSerializer.INSTANCE;

    @BeforeAll
    static void santuario() {
        org.apache.xml.security.Init.init();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inclusive", "exclusive"})
    void theBodyCanonicalisesTheSameAfterTheRoundTrip(String canonicalisation) throws Exception {
        Document sent = Soap.parse(ENVELOPE.formatted(CONTENT));
        byte[] bytes = serializer.serializeToByteArray(body(sent).getChildNodes());
        Document received = Soap.parse(ENVELOPE.formatted(""));

        Node fragment = serializer.deserialize(bytes, body(received));
        assertThat(fragment.getOwnerDocument()).isSameAs(received);
        body(received).appendChild(fragment);

        String algorithm = canonicalisation.equals("inclusive")
                ? Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS : Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS;
        assertThat(canonical(body(received), algorithm)).isEqualTo(canonical(body(sent), algorithm));
        Element plain = (Element) received.getElementsByTagNameNS(null, "plain").item(0);
        assertThat(plain.getTextContent()).isEqualTo("no namespace");
        assertThat(received.getElementsByTagNameNS("urn:a&b\"c", "x").getLength()).isEqualTo(1);
        assertThat(received.getElementsByTagNameNS("urn:outer", "name").item(0).getTextContent())
                .isEqualTo("Nguyễn Văn 𠀀 line\r\nend & <tag>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deferred", "built while parsing"})
    void nodesLandInTheEnvelopeWhicheverDomBuiltIt(String dom) throws Exception {
        Document envelope = dom.equals("deferred")
                ? Soap.parse(ENVELOPE.formatted(""))
                : builtWhileParsing(ENVELOPE.formatted(""));
        Node fragment = serializer.deserialize("<p:id>1</p:id><id>2</id>".getBytes(StandardCharsets.UTF_8), body(envelope));
        body(envelope).appendChild(fragment);

        assertThat(envelope.getElementsByTagNameNS("urn:p", "id").item(0).getTextContent()).isEqualTo("1");
        assertThat(envelope.getElementsByTagNameNS("urn:outer", "id").item(0).getTextContent()).isEqualTo("2");
    }

    @ParameterizedTest(name = "Body declares: [{0}]")
    @ValueSource(strings = {"", "xmlns:p=\"urn:inner\""})
    void aPrefixMeansWhatTheNearestDeclarationSays(String bodyDeclaration) throws Exception {
        Document envelope = Soap.parse("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:p=\"urn:outer\">"
                + "<s:Body " + bodyDeclaration + "/></s:Envelope>");
        Node fragment = serializer.deserialize("<p:x/>".getBytes(StandardCharsets.UTF_8), body(envelope));

        assertThat(fragment.getFirstChild().getNamespaceURI())
                .isEqualTo(bodyDeclaration.isEmpty() ? "urn:outer" : "urn:inner");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<a>&xxe;</a>", "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a>", "<u:a/>", "</w><w>"})
    void contentThatIsNotAWellFormedFragmentIsRefused(String content) {
        Document envelope = Soap.parse(ENVELOPE.formatted(""));

        assertThatThrownBy(() -> serializer.deserialize(content.getBytes(StandardCharsets.UTF_8), body(envelope)))
                .isInstanceOf(XMLEncryptionException.class);
        assertThat(body(envelope).getFirstChild()).isNull();
    }

    @Test
    void refusalsPrintNothingToStandardError() throws Exception {
        Document envelope = Soap.parse(ENVELOPE.formatted(""));
        PrintStream standardError = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Throwable> thrown = new ArrayList<>();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // a new thread gets a new parser: the JDK's own error handler prints on a new parser's first error
            Thread refusals = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    try {
                        serializer.deserialize("<a>".getBytes(StandardCharsets.UTF_8), body(envelope));
                    } catch (Exception e) {
                        thrown.add(e);
                    }
                }
            });
            refusals.start();
            refusals.join();
        } finally {
            System.setErr(standardError);
        }
        assertThat(thrown).hasSize(3).allMatch(XMLEncryptionException.class::isInstance);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static Element body(Document envelope) {
        return (Element) envelope.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body").item(0);
    }

    private static Document builtWhileParsing(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String canonical(Element element, String algorithm) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(algorithm).canonicalizeSubtree(element, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
