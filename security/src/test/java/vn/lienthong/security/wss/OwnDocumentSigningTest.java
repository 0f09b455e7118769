package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.spec.SecretKeySpec;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class OwnDocumentSigningTest {

    @Test
    void theSigningContextGetsTheTokensAndSecureValidationOff() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().newDocument();
        Element security = document.createElementNS(WSConstants.WSSE_NS, "wsse:Security");
        document.appendChild(security);
        Element token = document.createElementNS(WSConstants.WSSE_NS, "wsse:BinarySecurityToken");
        token.setAttributeNS(WSConstants.WSU_NS, "wsu:Id", "X509-1");
        security.appendChild(token);
        OwnDocumentSigning info = new OwnDocumentSigning(document);
        info.addTokenElement(token);
        DOMSignContext context = new DOMSignContext(new SecretKeySpec(new byte[32], "HmacSHA256"), security);

        assertThat(context.getProperty(OwnDocumentSigning.SECURE_VALIDATION)).isNull();
        info.setTokensOnContext(context);

        assertThat(context.getProperty(OwnDocumentSigning.SECURE_VALIDATION)).isEqualTo(Boolean.FALSE);
        assertThat(context.getElementById("X509-1")).isSameAs(token);
    }
}
