package vn.lienthong.routes.provider.npd;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** An element's qualified names, attributes and text, independent of prefixes and namespace declarations. */
final class XmlShape {

    private XmlShape() {
    }

    static String of(Element element) {
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attr.getNamespaceURI())) {
                attributes.put("{" + attr.getNamespaceURI() + "}" + attr.getLocalName(), attr.getValue());
            }
        }
        List<Element> children = NpdTestFixtures.children(element);
        String content = children.isEmpty()
                ? element.getTextContent().strip()
                : children.stream().map(XmlShape::of).collect(Collectors.joining(",", "[", "]"));
        return "{" + element.getNamespaceURI() + "}" + element.getLocalName() + attributes + "=" + content;
    }

    static List<String> of(List<Element> elements) {
        return elements.stream().map(XmlShape::of).toList();
    }
}
