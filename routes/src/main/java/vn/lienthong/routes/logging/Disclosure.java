package vn.lienthong.routes.logging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a provider says it disclosed, in a response header named {@code disclosure} (any namespace) with
 * {@code pin} and {@code field} children — the NPD writes one under Decree 137/2015 Art. 11 — so that the
 * message log can answer "who saw which of my data" (Decree 13/2023).
 */
record Disclosure(List<String> citizenIds, List<String> fields) {

    static Disclosure in(Element header) {
        Set<String> pins = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        if (header != null) {
            for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "disclosure".equals(e.getLocalName())) {
                    CitizenIds.collect(e, "pin", pins);
                    for (Node f = e.getFirstChild(); f != null; f = f.getNextSibling()) {
                        if (f instanceof Element field && "field".equals(field.getLocalName())) {
                            String name = field.getTextContent().trim();
                            if (!name.isEmpty() && !name.contains(",")) {
                                fields.add(name);
                            }
                        }
                    }
                }
            }
        }
        return new Disclosure(new ArrayList<>(pins), new ArrayList<>(fields));
    }
}
