package vn.lienthong.messagelog.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Verifies the WS-Security signatures of a logged SOAP envelope with the JDK's XML Signature implementation (secure
 * validation on): wsu:Id attributes are registered as IDs, the key comes from the referenced BinarySecurityToken, and a
 * valid signature must also cover the SOAP Body. Thread-safe.
 */
public final class XmlSignatureVerifier {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    private final XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");

    public SignatureCheck verify(byte[] envelope) {
        Document doc;
        try {
            doc = parse(envelope);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return new SignatureCheck.Invalid("the message is not well-formed XML: " + e.getMessage());
        }
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            return new SignatureCheck.Unsigned();
        }
        List<Element> identified = identified(doc);
        String bodyId = bodyId(doc);
        SignatureCheck result = null;
        for (int i = 0; i < signatures.getLength(); i++) {
            result = verifyOne((Element) signatures.item(i), identified, bodyId);
            if (result instanceof SignatureCheck.Invalid) {
                return result;
            }
        }
        return result;
    }

    private SignatureCheck verifyOne(Element signatureElement, List<Element> identified, String bodyId) {
        SecurityTokenKeySelector keys = new SecurityTokenKeySelector();
        DOMValidateContext context = new DOMValidateContext(keys, signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        for (Element e : identified) {
            if (e.hasAttributeNS(SecurityTokenKeySelector.WSU, "Id")) {
                context.setIdAttributeNS(e, SecurityTokenKeySelector.WSU, "Id");
            }
            if (e.hasAttributeNS(null, "Id")) {
                context.setIdAttributeNS(e, null, "Id");
            }
        }
        try {
            XMLSignature signature = factory.unmarshalXMLSignature(context);
            if (!signature.validate(context)) {
                return new SignatureCheck.Invalid(whyInvalid(signature, context));
            }
            boolean coversBody = signature.getSignedInfo().getReferences().stream()
                    .anyMatch(r -> bodyId != null && ("#" + bodyId).equals(r.getURI()));
            if (!coversBody) {
                return new SignatureCheck.Invalid("the signature does not cover the SOAP Body");
            }
            return new SignatureCheck.Valid(keys.chain());
        } catch (MarshalException e) {
            return new SignatureCheck.Invalid("unreadable ds:Signature: " + e.getMessage());
        } catch (XMLSignatureException e) {
            return new SignatureCheck.Invalid("the signature cannot be checked: " + rootMessage(e));
        }
    }

    private static String whyInvalid(XMLSignature signature, DOMValidateContext context) throws XMLSignatureException {
        for (Object o : signature.getSignedInfo().getReferences()) {
            Reference r = (Reference) o;
            if (!r.validate(context)) {
                return "the digest of reference " + r.getURI() + " does not match: the signed element was altered";
            }
        }
        return "the signature value does not verify with the signer's key";
    }

    private static List<Element> identified(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                Attr attr = (Attr) attrs.item(a);
                if ("Id".equals(attr.getLocalName()) || "Id".equals(attr.getName())) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    private static String bodyId(Document doc) {
        for (String ns : new String[] {SOAP11, SOAP12}) {
            NodeList bodies = doc.getElementsByTagNameNS(ns, "Body");
            if (bodies.getLength() == 1) {
                Element body = (Element) bodies.item(0);
                String id = body.getAttributeNS(SecurityTokenKeySelector.WSU, "Id");
                return id.isEmpty() ? body.getAttribute("Id") : id;
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
