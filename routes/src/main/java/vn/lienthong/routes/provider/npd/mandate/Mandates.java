package vn.lienthong.routes.provider.npd.mandate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.lienthong.routes.provider.npd.record.CitizenField;

/**
 * The NPD's mandates: for each consumer subsystem (its X-Road client id, {@code VN/PUB/VSS/INSURANCE}) and
 * each purpose it may state, the fields it may receive. Read from an XML file:
 *
 * <pre>{@code
 * <mandates xmlns="https://lienthong.gov.vn/npd/mandates/v1">
 *   <fieldSet name="identity"><field>fullName</field><field>dateOfBirth</field>...</fieldSet>
 *   <consumer id="VN/PUB/VSS/INSURANCE" name="Vietnam Social Security">
 *     <purpose code="health-insurance-enrolment" legalBasis="Law on Health Insurance 2008, Art. 12">
 *       <fieldSet ref="identity"/>
 *       <field>permanentResidence</field>
 *     </purpose>
 *   </consumer>
 * </mandates>
 * }</pre>
 *
 * A field is an element name of {@code npd:Citizen} ({@link CitizenField#GROUPS}); a file naming any
 * other field, an undefined field set, or the same consumer and purpose twice is refused at load: the
 * provider does not start on a mandate file it cannot read exactly. No mandate, no data.
 */
public final class Mandates {

    public static final String NAMESPACE = "https://lienthong.gov.vn/npd/mandates/v1";
    /** The demo federation's mandates, on the class path. */
    public static final String DEMO_RESOURCE = "npd/mandates.xml";

    private final Map<String, Map<String, Mandate>> byConsumer;

    private Mandates(Map<String, Map<String, Mandate>> byConsumer) {
        this.byConsumer = byConsumer;
    }

    public static Mandates demo() {
        return fromUrl(Objects.requireNonNull(Mandates.class.getClassLoader().getResource(DEMO_RESOURCE),
                "the demo mandates are missing from the class path"));
    }

    public static Mandates fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the mandate file " + file, e);
        }
    }

    public static Mandates fromUrl(URL url) {
        try (InputStream in = url.openStream()) {
            return parse(in, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the mandate file " + url, e);
        }
    }

    /** The mandate of this consumer for this purpose, if the configuration grants one. */
    public Optional<Mandate> find(String consumer, String purpose) {
        if (consumer == null || purpose == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byConsumer.getOrDefault(consumer, Map.of()).get(purpose));
    }

    /** Every mandate of a consumer, by purpose. */
    public Map<String, Mandate> of(String consumer) {
        return byConsumer.getOrDefault(consumer, Map.of());
    }

    private static Mandates parse(InputStream in, String origin) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(origin + ": not a readable mandate file: " + e.getMessage(), e);
        }
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"mandates".equals(root.getLocalName())) {
            throw new IllegalStateException(origin + ": the root element must be {" + NAMESPACE + "}mandates");
        }
        Map<String, Set<String>> fieldSets = new HashMap<>();
        for (Element set : children(root, "fieldSet")) {
            fieldSets.put(required(set, "name", origin), fields(set, Map.of(), origin));
        }
        Map<String, Map<String, Mandate>> byConsumer = new HashMap<>();
        for (Element consumer : children(root, "consumer")) {
            String id = required(consumer, "id", origin);
            if (!id.matches("[^/\\s]+/[^/\\s]+/[^/\\s]+/[^/\\s]+")) {
                throw new IllegalStateException(origin + ": consumer id '" + id + "' is no subsystem id INSTANCE/CLASS/MEMBER/SUBSYSTEM");
            }
            Map<String, Mandate> purposes = byConsumer.computeIfAbsent(id, k -> new HashMap<>());
            for (Element purpose : children(consumer, "purpose")) {
                String code = required(purpose, "code", origin);
                Mandate mandate = new Mandate(id, code, fields(purpose, fieldSets, origin), purpose.getAttribute("legalBasis"));
                if (purposes.put(code, mandate) != null) {
                    throw new IllegalStateException(origin + ": consumer " + id + " has purpose '" + code + "' twice");
                }
            }
        }
        byConsumer.replaceAll((id, purposes) -> Map.copyOf(purposes));
        return new Mandates(Map.copyOf(byConsumer));
    }

    private static Set<String> fields(Element parent, Map<String, Set<String>> fieldSets, String origin) {
        Set<String> fields = new LinkedHashSet<>();
        for (Element child : children(parent, null)) {
            if ("field".equals(child.getLocalName())) {
                String field = child.getTextContent().strip();
                if (!CitizenField.GROUPS.contains(field)) {
                    throw new IllegalStateException(origin + ": '" + field + "' is no field of npd:Citizen");
                }
                fields.add(field);
            } else if ("fieldSet".equals(child.getLocalName())) {
                String ref = required(child, "ref", origin);
                Set<String> set = fieldSets.get(ref);
                if (set == null) {
                    throw new IllegalStateException(origin + ": field set '" + ref + "' is not defined");
                }
                fields.addAll(set);
            }
        }
        return fields;
    }

    private static String required(Element element, String attribute, String origin) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            throw new IllegalStateException(origin + ": <" + element.getLocalName() + "> needs the attribute " + attribute);
        }
        return value;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }
}
