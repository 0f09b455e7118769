package vn.lienthong.messagelog.testing;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP envelopes signed the way the security server's WS-Security layer signs them: a wsse:Security header with a
 * PKIPath BinarySecurityToken, a wsu:Timestamp and a ds:Signature (ECDSA-SHA256, exclusive c14n, SHA-256) over the
 * Body and the Timestamp, the key named by a SecurityTokenReference.
 */
public final class SignedEnvelopes {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0";

    private SignedEnvelopes() {
    }

    public static byte[] signed(String queryId, String payload, KeyPair key, List<X509Certificate> chain, Instant created) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            Element envelope = doc.createElementNS(SOAP, "soapenv:Envelope");
            envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WSU);
            doc.appendChild(envelope);
            Element header = child(envelope, SOAP, "soapenv:Header");
            Element id = child(header, "http://x-road.eu/xsd/xroad.xsd", "xrd:id");
            id.setTextContent(queryId);
            Element security = child(header, WSSE, "wsse:Security");
            Element token = child(security, WSSE, "wsse:BinarySecurityToken");
            token.setAttribute("EncodingType", "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary");
            token.setAttribute("ValueType", PROFILE + "#X509PKIPathv1");
            token.setAttributeNS(WSU, "wsu:Id", "X509-1");
            byte[] pkiPath = CertificateFactory.getInstance("X.509").generateCertPath(List.copyOf(chain)).getEncoded("PkiPath");
            token.setTextContent(Base64.getEncoder().encodeToString(pkiPath));
            Element timestamp = child(security, WSU, "wsu:Timestamp");
            timestamp.setAttributeNS(WSU, "wsu:Id", "TS-1");
            child(timestamp, WSU, "wsu:Created").setTextContent(created.toString());
            child(timestamp, WSU, "wsu:Expires").setTextContent(created.plusSeconds(300).toString());
            Element body = child(envelope, SOAP, "soapenv:Body");
            body.setAttributeNS(WSU, "wsu:Id", "id-body");
            Element content = child(body, "urn:npd", "npd:citizen");
            content.setTextContent(payload);

            // Serialize and re-parse so that every namespace is declared in the DOM, as on the wire.
            doc = reparse(dbf, doc);
            security = (Element) doc.getElementsByTagNameNS(WSSE, "Security").item(0);
            body = (Element) doc.getElementsByTagNameNS(SOAP, "Body").item(0);
            timestamp = (Element) doc.getElementsByTagNameNS(WSU, "Timestamp").item(0);

            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            List<Transform> c14n = List.of(f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            DigestMethod sha256 = f.newDigestMethod(DigestMethod.SHA256, null);
            SignedInfo info = f.newSignedInfo(
                    f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", null),
                    List.<Reference>of(f.newReference("#id-body", sha256, c14n, null, null),
                            f.newReference("#TS-1", sha256, c14n, null, null)));
            Element str = doc.createElementNS(WSSE, "wsse:SecurityTokenReference");
            Element ref = child(str, WSSE, "wsse:Reference");
            ref.setAttribute("URI", "#X509-1");
            ref.setAttribute("ValueType", PROFILE + "#X509PKIPathv1");
            KeyInfo keyInfo = f.getKeyInfoFactory().newKeyInfo(List.of(new DOMStructure(str)));
            DOMSignContext ctx = new DOMSignContext(key.getPrivate(), security);
            ctx.setIdAttributeNS(body, WSU, "Id");
            ctx.setIdAttributeNS(timestamp, WSU, "Id");
            ctx.setDefaultNamespacePrefix("ds");
            f.newXMLSignature(info, keyInfo).sign(ctx);

            return serialize(doc);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a signed envelope", e);
        }
    }

    private static byte[] serialize(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    private static Document reparse(DocumentBuilderFactory dbf, Document doc) throws Exception {
        return dbf.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(serialize(doc)));
    }

    private static Element child(Element parent, String ns, String qname) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qname);
        parent.appendChild(e);
        return e;
    }
}
