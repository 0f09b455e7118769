package vn.lienthong.globalconf.request;

import static vn.lienthong.globalconf.format.Xml.children;
import static vn.lienthong.globalconf.format.Xml.required;
import static vn.lienthong.globalconf.format.Xml.textChild;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Signatures;
import vn.lienthong.globalconf.format.Xml;

/**
 * A request as submitted: the exact request bytes, a detached signature over them by the requester's signing key,
 * and the signer's certificate chain (leaf first).
 *
 * <pre>{@code
 * <signedManagementRequest>
 *   <request>base64 of the managementRequest XML</request>
 *   <signature algorithm="SHA256withECDSA">base64</signature>
 *   <signerCertificate>MIIB...</signerCertificate>
 *   <signerCertificate>MIIB... (intermediate, optional)</signerCertificate>
 * </signedManagementRequest>
 * }</pre>
 */
public record SignedManagementRequest(byte[] requestBytes, String algorithm, byte[] signature,
        List<X509Certificate> signerChain) {

    public SignedManagementRequest {
        requestBytes = requestBytes.clone();
        signature = signature.clone();
        signerChain = List.copyOf(signerChain);
        if (signerChain.isEmpty()) {
            throw new ConfException("a signed management request needs the signer's certificate");
        }
    }

    /** Signs {@code document} with the member's key; {@code chain} is its certificate chain, leaf first. */
    public static SignedManagementRequest sign(RequestDocument document, PrivateKey key, List<X509Certificate> chain) {
        byte[] bytes = ManagementRequestXml.write(document);
        return new SignedManagementRequest(bytes, Signatures.algorithmFor(key), Signatures.sign(key, bytes), chain);
    }

    public X509Certificate signer() {
        return signerChain.get(0);
    }

    /** Whether the signature over the request bytes verifies with the leaf certificate's key. */
    public boolean signatureVerifies() {
        return Signatures.verify(signer().getPublicKey(), algorithm, requestBytes, signature);
    }

    public RequestDocument document() {
        return ManagementRequestXml.read(requestBytes, "management request");
    }

    @Override
    public byte[] requestBytes() {
        return requestBytes.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public byte[] toBytes() {
        Document doc = Xml.newDocument();
        Element root = doc.createElement("signedManagementRequest");
        doc.appendChild(root);
        textChild(root, "request", Base64.getEncoder().encodeToString(requestBytes));
        textChild(root, "signature", Base64.getEncoder().encodeToString(signature)).setAttribute("algorithm", algorithm);
        for (X509Certificate c : signerChain) {
            textChild(root, "signerCertificate", Certificates.base64(c));
        }
        return Xml.write(doc);
    }

    public static SignedManagementRequest parse(byte[] bytes) {
        String what = "signed management request";
        Element root = Xml.parse(bytes, what);
        Xml.requireRoot(root, "signedManagementRequest", what);
        List<Element> request = children(root, "request");
        List<Element> signature = children(root, "signature");
        if (request.size() != 1 || signature.size() != 1) {
            throw new ConfException(what + " needs exactly one <request> and one <signature>");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Element e : children(root, "signerCertificate")) {
            chain.add(Certificates.fromBase64(e.getTextContent(), what + ": signerCertificate"));
        }
        try {
            return new SignedManagementRequest(Base64.getMimeDecoder().decode(request.get(0).getTextContent().strip()),
                    required(signature.get(0), "algorithm", what),
                    Base64.getMimeDecoder().decode(signature.get(0).getTextContent().strip()), chain);
        } catch (IllegalArgumentException e) {
            throw new ConfException(what + ": <request> or <signature> is not base64", e);
        }
    }
}
