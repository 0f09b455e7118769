package vn.lienthong.routes.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.soap.SafeXml;

/**
 * Loads a service's WSDL and makes it self-contained: every schema it imports by location (and those
 * schemas' imports) is copied into its {@code wsdl:types}, so a consumer that fetched it through getWsdl
 * needs nothing else. Results are cached per location.
 */
final class WsdlDocuments {

    private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private final Path configDirectory;
    private final Map<String, Document> cache = new ConcurrentHashMap<>();

    WsdlDocuments(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    /** The self-contained WSDL at {@code classpath:<resource>} or at a path relative to the configuration folder. */
    Document load(String location) {
        return cache.computeIfAbsent(location, this::inline);
    }

    private Document inline(String location) {
        Document wsdl = parse(location);
        Element types = firstChild(wsdl.getDocumentElement(), WSDL_NS, "types");
        if (types == null) {
            return wsdl;
        }
        Set<String> inlined = new HashSet<>();
        List<Element> pending = new ArrayList<>(children(types, XSD_NS, "schema"));
        List<String> pendingLocations = new ArrayList<>();
        pending.forEach(s -> pendingLocations.add(location));
        while (!pending.isEmpty()) {
            Element schema = pending.remove(0);
            String base = pendingLocations.remove(0);
            for (Element imp : children(schema, XSD_NS, "import")) {
                String schemaLocation = imp.getAttribute("schemaLocation");
                if (schemaLocation.isEmpty()) {
                    continue;
                }
                String resolved = resolve(base, schemaLocation);
                imp.removeAttribute("schemaLocation");
                if (inlined.add(resolved)) {
                    Element copy = (Element) wsdl.importNode(parse(resolved).getDocumentElement(), true);
                    types.appendChild(copy);
                    pending.add(copy);
                    pendingLocations.add(resolved);
                }
            }
        }
        return wsdl;
    }

    private static String resolve(String base, String relative) {
        if (base.startsWith("classpath:")) {
            URI resolved = URI.create(base.substring("classpath:".length())).resolve(relative);
            return "classpath:" + resolved.getPath();
        }
        return Path.of(base).resolveSibling(relative).normalize().toString();
    }

    private Document parse(String location) {
        try {
            byte[] bytes;
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = WsdlDocuments.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("no class path resource " + resource);
                    }
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(configDirectory.resolve(location));
            }
            return SafeXml.parse(bytes, FaultOrigin.SERVER_PROXY);
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INTERNAL_ERROR,
                    "the WSDL of this service cannot be read: " + e.getMessage(), e);
        }
    }

    private static Element firstChild(Element parent, String ns, String localName) {
        List<Element> c = children(parent, ns, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String ns, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
