package vn.lienthong.routes.provider.npd.update;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A canonical update as the ledger keeps it (column {@code citizen_update.update_document}): a small XML
 * document, so that a held update can be applied as received when an operator accepts it, and an
 * auditor can read what each source sent.
 */
final class UpdateDocument {

    static final String NAMESPACE = "https://lienthong.gov.vn/npd/ledger/v1";

    private UpdateDocument() {
    }

    static String write(CanonicalUpdate update) {
        try {
            Document document = builder().newDocument();
            Element root = document.createElementNS(NAMESPACE, "canonicalUpdate");
            document.appendChild(root);
            root.setAttribute("updateId", update.updateId());
            attribute(root, "pin", update.pin());
            attribute(root, "registrationProvince", update.registrationProvince());
            root.setAttribute("source", update.source());
            root.setAttribute("eventType", update.eventType());
            UpdateMetadata metadata = update.metadata();
            root.setAttribute("recordedAt", metadata.recordedAt().toString());
            attribute(root, "legalBasis", metadata.legalBasis());
            attribute(root, "documentNumber", metadata.documentNumber());
            attribute(root, "officer", metadata.officer());
            for (FieldChange change : update.changes()) {
                Element element = document.createElementNS(NAMESPACE, "change");
                element.setAttribute("path", change.path());
                attribute(element, "value", change.value());
                attribute(element, "previousValue", change.previousValue());
                root.appendChild(element);
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("could not write update " + update.updateId(), e);
        }
    }

    static CanonicalUpdate read(String xml) {
        try {
            Element root = builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            List<FieldChange> changes = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element change) {
                    changes.add(new FieldChange(change.getAttribute("path"), optional(change, "value"),
                            optional(change, "previousValue")));
                }
            }
            return new CanonicalUpdate(root.getAttribute("updateId"), optional(root, "pin"),
                    optional(root, "registrationProvince"), root.getAttribute("source"), root.getAttribute("eventType"),
                    new UpdateMetadata(Instant.parse(root.getAttribute("recordedAt")), optional(root, "legalBasis"),
                            optional(root, "documentNumber"), optional(root, "officer")),
                    changes);
        } catch (Exception e) {
            throw new IllegalStateException("the ledger holds an unreadable update document", e);
        }
    }

    private static void attribute(Element element, String name, String value) {
        if (value != null) {
            element.setAttribute(name, value);
        }
    }

    private static String optional(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static javax.xml.parsers.DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder();
    }
}
