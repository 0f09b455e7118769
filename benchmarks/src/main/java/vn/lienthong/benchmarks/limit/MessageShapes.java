package vn.lienthong.benchmarks.limit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.benchmarks.driver.GetCitizenRequests;
import vn.lienthong.benchmarks.provider.CitizenRecordXml;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.wss.MessageProtector;

/**
 * Builds scenario C's two protected messages the way the security servers do (requestHash header added, the
 * X-Road headers, Body and Timestamp signed, Body content encrypted, with the bus's {@link MessageProtector}
 * and the members' keys) and measures the sizes the crypto works on.
 */
public final class MessageShapes {

    private static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String WSU_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final List<QName> ECHOED = List.of(XRoadNames.CLIENT, XRoadNames.SERVICE, XRoadNames.ID,
            XRoadNames.USER_ID, XRoadNames.ISSUE, XRoadNames.PROTOCOL_VERSION);

    private MessageShapes() {
    }

    /**
     * @param consumer the client member's credential (PORTAL's owner, VPCP)
     * @param provider the provider member's credential (NPD's owner, MPS)
     * @param auth     a security server's TLS authentication certificate
     */
    public static RoundTripShape measure(SigningCredential consumer, SigningCredential provider, X509Certificate auth) {
        MessageProtector protector = new MessageProtector(Clock.systemUTC());
        String requestXml = GetCitizenRequests.nextXml();
        byte[] request = requestXml.getBytes(StandardCharsets.UTF_8);

        Document req = SafeXml.parse(request, FaultOrigin.CLIENT_PROXY);
        List<QName> requestSigned = present(req);
        addHash(req, XRoadNames.TRANSPORT_REQUEST_HASH, "lt", sha512(request));
        requestSigned.add(XRoadNames.TRANSPORT_REQUEST_HASH);
        int requestContent = size(firstChildElement(body(req)));
        int requestBody = size(body(req));
        SafeXml.declareNamespaces(req);
        protector.protect(req, consumer, provider.certificate(), requestSigned);
        Document protectedRequest = SafeXml.parse(SafeXml.write(req), FaultOrigin.CLIENT_PROXY);

        String bodyStart = "<soapenv:Body>";
        String responseXml = requestXml.substring(0, requestXml.indexOf(bodyStart) + bodyStart.length())
                + CitizenRecordXml.getCitizenResponse(GetCitizenRequests.PIN) + "</soapenv:Body></soapenv:Envelope>";
        Document resp = SafeXml.parse(responseXml.getBytes(StandardCharsets.UTF_8), FaultOrigin.SERVER_PROXY);
        List<QName> responseSigned = present(resp);
        addHash(resp, XRoadNames.REQUEST_HASH, "xrd", sha512(request));
        responseSigned.add(XRoadNames.REQUEST_HASH);
        int responseContent = size(firstChildElement(body(resp)));
        int responseBody = size(body(resp));
        SafeXml.declareNamespaces(resp);
        protector.protect(resp, provider, consumer.certificate(), responseSigned);
        Document protectedResponse = SafeXml.parse(SafeXml.write(resp), FaultOrigin.SERVER_PROXY);

        return new RoundTripShape(request.length, requestContent, references(protectedRequest, requestSigned, requestBody),
                size(signedInfo(protectedRequest)), SafeXml.write(req).length,
                responseContent, references(protectedResponse, responseSigned, responseBody),
                size(signedInfo(protectedResponse)), SafeXml.write(resp).length,
                der(consumer.certificate()), signatureValueBytes(protectedRequest), der(auth));
    }

    /** Sizes of the signed elements: the Body as signed (before encryption), the Timestamp and each signed header. */
    private static List<Integer> references(Document protectedDoc, List<QName> headers, int bodyAsSigned) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(bodyAsSigned);
        sizes.add(size(first(protectedDoc, WSU_NS, "Timestamp")));
        for (QName header : headers) {
            sizes.add(size(first(protectedDoc, header.getNamespaceURI(), header.getLocalPart())));
        }
        return sizes;
    }

    private static List<QName> present(Document doc) {
        List<QName> present = new ArrayList<>();
        for (QName name : ECHOED) {
            if (doc.getElementsByTagNameNS(name.getNamespaceURI(), name.getLocalPart()).getLength() > 0) {
                present.add(name);
            }
        }
        return present;
    }

    private static void addHash(Document doc, QName name, String prefix, String value) {
        Element hash = doc.createElementNS(name.getNamespaceURI(), prefix + ":" + name.getLocalPart());
        hash.setAttribute("algorithmId", XRoadNames.SHA512_ALGORITHM_ID);
        hash.setTextContent(value);
        first(doc, XRoadNames.SOAP11_NS, "Header").appendChild(hash);
    }

    private static Element body(Document doc) {
        return first(doc, XRoadNames.SOAP11_NS, "Body");
    }

    private static Element signedInfo(Document doc) {
        return first(doc, DSIG_NS, "SignedInfo");
    }

    private static int signatureValueBytes(Document doc) {
        return Base64.getMimeDecoder().decode(first(doc, DSIG_NS, "SignatureValue").getTextContent()).length;
    }

    private static Element first(Document doc, String ns, String localName) {
        NodeList found = doc.getElementsByTagNameNS(ns, localName);
        if (found.getLength() == 0) {
            throw new IllegalStateException("the protected message has no " + localName);
        }
        return (Element) found.item(0);
    }

    private static Element firstChildElement(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new IllegalStateException(parent.getLocalName() + " is empty");
    }

    private static int size(Element element) {
        return SafeXml.write(element).length;
    }

    private static int der(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha512(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
