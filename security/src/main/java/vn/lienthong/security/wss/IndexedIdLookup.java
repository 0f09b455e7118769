package vn.lienthong.security.wss;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.dom.DOMCryptoContext;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.common.util.XMLUtils;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.callback.CallbackLookup;
import org.apache.wss4j.dom.callback.DOMCallbackLookup;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the elements a security header refers to by wsu:Id or Id with one walk of the document per
 * processing phase, where WSS4J's own lookup walks the whole document once per reference (a signature over
 * eight parts walked it eight times, plus once for the encrypted Body).
 *
 * <p>Same answers as WSS4J's {@link DOMCallbackLookup}: the SOAP Body first; then the element carrying the
 * id, and none at all when two elements carry it and the caller asks for uniqueness (the wrapping-attack
 * defence); ids found in neither way (a SAML assertion's ID, say) go to WSS4J's lookup. The index is built
 * on the first lookup and dropped by {@link #documentChanged()}, which the verifier calls after each token of
 * the header (decryption adds elements), so every phase sees the document as it is. One instance per
 * message, used by one thread.
 */
final class IndexedIdLookup implements CallbackLookup {

    private final Document document;
    private final DOMCallbackLookup walker;
    private Map<String, Element> byId;
    private Set<String> repeated;

    IndexedIdLookup(Document document) {
        this.document = document;
        this.walker = new DOMCallbackLookup(document);
    }

    /** Drops the index; the next lookup walks the document again. */
    void documentChanged() {
        byId = null;
        repeated = null;
    }

    @Override
    public Element getElement(String id, String valueType, boolean checkMultipleElements) throws WSSecurityException {
        return getAndRegisterElement(id, valueType, checkMultipleElements, null);
    }

    @Override
    public Element getAndRegisterElement(String id, String valueType, boolean checkMultipleElements,
                                         DOMCryptoContext context) throws WSSecurityException {
        String idToMatch = XMLUtils.getIDFromReference(id);
        Element body = getSOAPBody();
        if (body != null && idToMatch != null && idToMatch.equals(body.getAttributeNS(WSConstants.WSU_NS, "Id"))) {
            register(context, body, idToMatch);
            return body;
        }
        if (byId == null) {
            index();
        }
        if (idToMatch != null && repeated.contains(idToMatch)) {
            if (checkMultipleElements) {
                return null;
            }
            return walker.getAndRegisterElement(id, valueType, false, context);
        }
        Element found = idToMatch == null ? null : byId.get(idToMatch);
        if (found == null) {
            return walker.getAndRegisterElement(id, valueType, checkMultipleElements, context);
        }
        register(context, found, idToMatch);
        return found;
    }

    @Override
    public List<Element> getElements(String localname, String namespace) throws WSSecurityException {
        return walker.getElements(localname, namespace);
    }

    @Override
    public Element getSOAPBody() {
        return walker.getSOAPBody();
    }

    private static void register(DOMCryptoContext context, Element element, String id) {
        if (context == null) {
            return;
        }
        if (element.hasAttributeNS(WSConstants.WSU_NS, "Id") && id.equals(element.getAttributeNS(WSConstants.WSU_NS, "Id"))) {
            context.setIdAttributeNS(element, WSConstants.WSU_NS, "Id");
        }
        if (element.hasAttributeNS(null, "Id") && id.equals(element.getAttributeNS(null, "Id"))) {
            context.setIdAttributeNS(element, null, "Id");
        }
    }

    /** One depth-first walk without recursion, so a deeply nested document cannot overflow the stack. */
    private void index() {
        byId = new HashMap<>();
        repeated = new HashSet<>();
        Node root = document.getDocumentElement();
        Node node = root;
        while (node != null) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                Element element = (Element) node;
                Attr wsuId = element.getAttributeNodeNS(WSConstants.WSU_NS, "Id");
                Attr id = element.getAttributeNodeNS(null, "Id");
                if (wsuId != null) {
                    add(wsuId.getValue(), element);
                }
                if (id != null && (wsuId == null || !id.getValue().equals(wsuId.getValue()))) {
                    add(id.getValue(), element);
                }
            }
            node = next(node, root);
        }
    }

    private void add(String id, Element element) {
        if (byId.putIfAbsent(id, element) != null) {
            repeated.add(id);
        }
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node current = node; current != null && current != root; current = current.getParentNode()) {
            if (current.getNextSibling() != null) {
                return current.getNextSibling();
            }
        }
        return null;
    }
}
