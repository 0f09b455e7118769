package vn.lienthong.messagelog.verify;

import java.io.ByteArrayInputStream;
import java.security.Key;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds the signer's key the way WS-Security names it: a wsse:SecurityTokenReference pointing (by wsu:Id) at a
 * wsse:BinarySecurityToken holding an X.509 certificate or a PKIPath; a plain ds:X509Data is accepted too.
 * Remembers the certificates it found for the chain check. One instance per signature.
 */
final class SecurityTokenKeySelector extends KeySelector {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String TOKEN_PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0";

    private List<X509Certificate> chain = List.of();

    List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
            throws KeySelectorException {
        if (keyInfo == null) {
            throw new KeySelectorException("the signature has no KeyInfo");
        }
        for (Object content : keyInfo.getContent()) {
            if (content instanceof X509Data data) {
                List<X509Certificate> certs = new ArrayList<>();
                data.getContent().stream().filter(X509Certificate.class::isInstance)
                        .forEach(c -> certs.add((X509Certificate) c));
                if (!certs.isEmpty()) {
                    return found(certs);
                }
            } else if (content instanceof DOMStructure dom && isTokenReference(dom.getNode())) {
                return found(resolve((Element) dom.getNode()));
            }
        }
        throw new KeySelectorException("no X.509 certificate or security token reference in the signature's KeyInfo");
    }

    private KeySelectorResult found(List<X509Certificate> certs) {
        this.chain = List.copyOf(certs);
        Key key = certs.get(0).getPublicKey();
        return () -> key;
    }

    private static boolean isTokenReference(Node node) {
        return node instanceof Element e && WSSE.equals(e.getNamespaceURI()) && "SecurityTokenReference".equals(e.getLocalName());
    }

    private static List<X509Certificate> resolve(Element reference) throws KeySelectorException {
        NodeList refs = reference.getElementsByTagNameNS(WSSE, "Reference");
        if (refs.getLength() != 1) {
            throw new KeySelectorException("the security token reference is not a direct wsse:Reference");
        }
        String uri = ((Element) refs.item(0)).getAttribute("URI");
        if (!uri.startsWith("#")) {
            throw new KeySelectorException("the security token reference " + uri + " is not a same-document reference");
        }
        String id = uri.substring(1);
        NodeList tokens = reference.getOwnerDocument().getElementsByTagNameNS(WSSE, "BinarySecurityToken");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            if (id.equals(token.getAttributeNS(WSU, "Id"))) {
                return decode(token);
            }
        }
        throw new KeySelectorException("no BinarySecurityToken with wsu:Id " + id);
    }

    private static List<X509Certificate> decode(Element token) throws KeySelectorException {
        String type = token.getAttribute("ValueType");
        byte[] der = Base64.getMimeDecoder().decode(token.getTextContent().trim());
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            if ((TOKEN_PROFILE + "#X509PKIPathv1").equals(type)) {
                List<X509Certificate> out = new ArrayList<>();
                cf.generateCertPath(new ByteArrayInputStream(der), "PkiPath").getCertificates()
                        .forEach(c -> out.add((X509Certificate) c));
                return out;
            }
            if ((TOKEN_PROFILE + "#X509v3").equals(type)) {
                return List.of((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException e) {
            throw new KeySelectorException("unreadable BinarySecurityToken: " + e.getMessage(), e);
        }
        throw new KeySelectorException("unsupported BinarySecurityToken ValueType " + type);
    }

}
