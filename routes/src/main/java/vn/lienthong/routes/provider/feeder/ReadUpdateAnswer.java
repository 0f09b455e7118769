package vn.lienthong.routes.provider.feeder;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads the NPD's applyUpdate response (or its client fault) into an {@link UpdateAnswer}. */
final class ReadUpdateAnswer implements Processor {

    private static final String UPD = "https://lienthong.gov.vn/npd/update/v1";

    @Override
    public void process(Exchange exchange) throws Exception {
        String updateId = exchange.getIn().getHeader(NpdFeed.UPDATE_ID, String.class);
        Document reply = parse(exchange.getIn().getBody(String.class));
        if (exchange.getIn().getHeader(PostUpdate.HTTP_STATUS, Integer.class) != 200) {
            exchange.getIn().setBody(new UpdateAnswer(updateId, UpdateAnswer.FAULT, null, null, false, texts(reply, "code")));
            return;
        }
        String version = text(reply, "versionNo");
        exchange.getIn().setBody(new UpdateAnswer(updateId, text(reply, "status"), text(reply, "personalIdentificationNumber"),
                version == null ? null : Integer.valueOf(version), "true".equals(text(reply, "duplicate")),
                texts(reply, "code")));
    }

    private static String text(Document document, String name) {
        NodeList found = document.getElementsByTagNameNS(UPD, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static List<String> texts(Document document, String name) {
        List<String> values = new ArrayList<>();
        NodeList found = document.getElementsByTagNameNS(UPD, name);
        for (int i = 0; i < found.getLength(); i++) {
            values.add(((Element) found.item(i)).getTextContent());
        }
        return values;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
