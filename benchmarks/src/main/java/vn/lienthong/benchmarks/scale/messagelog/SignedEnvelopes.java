package vn.lienthong.benchmarks.scale.messagelog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
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
 * SOAP envelopes signed as the security server's WS-Security layer signs them: wsse:Security with a PKIPath
 * BinarySecurityToken, a wsu:Timestamp and an ECDSA-SHA256 ds:Signature (exclusive c14n) over Body and Timestamp.
 */
final class SignedEnvelopes {

    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0";
    private static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";

    private final KeyPair key;
    private final String pkiPath;
    private final XMLSignatureFactory signatures = XMLSignatureFactory.getInstance("DOM");
    private final DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();

    SignedEnvelopes(KeyPair key, List<X509Certificate> chain) {
        this.key = key;
        try {
            byte[] path = CertificateFactory.getInstance("X.509").generateCertPath(chain).getEncoded("PkiPath");
            this.pkiPath = Base64.getEncoder().encodeToString(path);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the signer's PKIPath", e);
        }
        documents.setNamespaceAware(true);
    }

    /** A signed envelope for {@code queryId} whose Body carries {@code bodyXml} (a well-formed fragment in urn:npd). */
    byte[] sign(String queryId, String bodyXml, Instant created) {
        try {
            String unsigned = "<soapenv:Envelope xmlns:soapenv=\"" + SOAP + "\" xmlns:wsu=\"" + WSU + "\">"
                    + "<soapenv:Header><xrd:id xmlns:xrd=\"" + XROAD + "\">" + queryId + "</xrd:id>"
                    + "<wsse:Security xmlns:wsse=\"" + WSSE + "\">"
                    + "<wsse:BinarySecurityToken EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
                    + "oasis-200401-wss-soap-message-security-1.0#Base64Binary\" ValueType=\"" + PROFILE
                    + "#X509PKIPathv1\" wsu:Id=\"X509-1\">" + pkiPath + "</wsse:BinarySecurityToken>"
                    + "<wsu:Timestamp wsu:Id=\"TS-1\"><wsu:Created>" + created + "</wsu:Created><wsu:Expires>"
                    + created.plusSeconds(300) + "</wsu:Expires></wsu:Timestamp></wsse:Security></soapenv:Header>"
                    + "<soapenv:Body wsu:Id=\"id-body\" xmlns:npd=\"urn:npd\">" + bodyXml + "</soapenv:Body>"
                    + "</soapenv:Envelope>";
            Document doc = documents.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            Element security = (Element) doc.getElementsByTagNameNS(WSSE, "Security").item(0);
            Element body = (Element) doc.getElementsByTagNameNS(SOAP, "Body").item(0);
            Element timestamp = (Element) doc.getElementsByTagNameNS(WSU, "Timestamp").item(0);
            List<Transform> c14n = List.of(signatures.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            DigestMethod sha256 = signatures.newDigestMethod(DigestMethod.SHA256, null);
            SignedInfo info = signatures.newSignedInfo(
                    signatures.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    signatures.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", null),
                    List.<Reference>of(signatures.newReference("#id-body", sha256, c14n, null, null),
                            signatures.newReference("#TS-1", sha256, c14n, null, null)));
            Element str = doc.createElementNS(WSSE, "wsse:SecurityTokenReference");
            Element ref = doc.createElementNS(WSSE, "wsse:Reference");
            str.appendChild(ref);
            ref.setAttribute("URI", "#X509-1");
            ref.setAttribute("ValueType", PROFILE + "#X509PKIPathv1");
            KeyInfo keyInfo = signatures.getKeyInfoFactory().newKeyInfo(List.of(new DOMStructure(str)));
            DOMSignContext context = new DOMSignContext(key.getPrivate(), security);
            context.setIdAttributeNS(body, WSU, "Id");
            context.setIdAttributeNS(timestamp, WSU, "Id");
            context.setDefaultNamespacePrefix("ds");
            signatures.newXMLSignature(info, keyInfo).sign(context);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length() + 2048);
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the envelope of " + queryId, e);
        }
    }
}
