package vn.lienthong.routes.logging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the citizens an exchange concerns: every {@code personalIdentificationNumber} (any namespace) in
 * the message body, and every {@code pin} of a provider's {@code disclosure} header.
 */
final class CitizenIds {

    private static final Pattern PIN = Pattern.compile("\\d{12}");

    private CitizenIds() {
    }

    static List<String> in(Element root) {
        Set<String> found = new LinkedHashSet<>();
        collect(root, "personalIdentificationNumber", found);
        return new ArrayList<>(found);
    }

    static void collect(Node node, String localName, Set<String> into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(e.getLocalName())) {
                    String text = e.getTextContent().trim();
                    if (PIN.matcher(text).matches()) {
                        into.add(text);
                    }
                }
                collect(e, localName, into);
            }
        }
    }
}
