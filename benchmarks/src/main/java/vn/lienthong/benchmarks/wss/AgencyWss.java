package vn.lienthong.benchmarks.wss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.apache.xml.security.signature.XMLSignature;

/**
 * What an agency configures without a bus: CXF's WSS4J interceptors, both ways, with the bus's algorithms
 * (Timestamp; RSA-PSS SHA-256 signature with exclusive c14n and SHA-256 digests over Body, Timestamp and the
 * X-Road headers, the signer's chain as a PKIPath token; Body content encrypted with AES-256-GCM, the key
 * transported with RSA-OAEP SHA-256/MGF1-SHA-256, recipient named by issuer and serial) and CXF's default
 * crypto coverage checker on every inbound message. Only the expected peers' signatures are accepted (subject
 * certificate constraints). A provider encrypts its answer to the request's signer.
 */
public final class AgencyWss {

    private static final String ACTIONS = String.join(" ", ConfigurationConstants.TIMESTAMP,
            ConfigurationConstants.SIGNATURE, ConfigurationConstants.ENCRYPTION);
    private static final String SOAP11 = WSConstants.URI_SOAP11_ENV;
    private static final String XROAD_NS = "http://x-road.eu/xsd/xroad.xsd";
    private static final List<String> SIGNED_HEADERS = List.of("client", "service", "id", "userId", "protocolVersion");
    /** Distinguished names contain commas, WSS4J's default separator of constraint patterns. */
    private static final String CONSTRAINTS_SEPARATOR = ";";
    private static final String OWN_CRYPTO = "agency.own";
    private static final String TRUST_CRYPTO = "agency.trust";
    private static final String PEER_CRYPTO = "agency.peer";

    private AgencyWss() {
    }

    /** Adds signing and encryption of outbound and verification and decryption of inbound messages. */
    public static void secure(InterceptorProvider endpoint, AgencyKeys keys) {
        endpoint.getOutInterceptors().add(new WSS4JOutInterceptor(outbound(keys)));
        endpoint.getInInterceptors().add(new WSS4JInInterceptor(inbound(keys)));
        endpoint.getInInterceptors().add(new DefaultCryptoCoverageChecker());
    }

    private static Map<String, Object> outbound(AgencyKeys keys) {
        Map<String, Object> p = common(keys);
        p.put(ConfigurationConstants.USER, keys.alias());
        p.put(ConfigurationConstants.SIG_PROP_REF_ID, OWN_CRYPTO);
        p.put(ConfigurationConstants.SIG_ALGO, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256_MGF1);
        p.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSConstants.SHA256);
        p.put(ConfigurationConstants.SIG_C14N_ALGO, WSConstants.C14N_EXCL_OMIT_COMMENTS);
        p.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        p.put(ConfigurationConstants.USE_SINGLE_CERTIFICATE, "false");
        p.put(ConfigurationConstants.SIGNATURE_PARTS, "{Element}{" + SOAP11 + "}Body;{Element}{" + WSConstants.WSU_NS
                + "}Timestamp;" + SIGNED_HEADERS.stream().map(h -> "{Element}{" + XROAD_NS + "}" + h)
                        .collect(Collectors.joining(";")));
        if (keys.encryptTo().isPresent()) {
            p.put(ConfigurationConstants.ENCRYPTION_USER, AgencyCryptos.PEER_ALIAS);
            p.put(PEER_CRYPTO, AgencyCryptos.peer(keys.encryptTo().get()));
            p.put(ConfigurationConstants.ENC_PROP_REF_ID, PEER_CRYPTO);
        } else {
            p.put(ConfigurationConstants.ENCRYPTION_USER, ConfigurationConstants.USE_REQ_SIG_CERT);
        }
        p.put(ConfigurationConstants.ENC_SYM_ALGO, WSConstants.AES_256_GCM);
        p.put(ConfigurationConstants.ENC_KEY_TRANSPORT, WSConstants.KEYTRANSPORT_RSAOAEP_XENC11);
        p.put(ConfigurationConstants.ENC_DIGEST_ALGO, WSConstants.SHA256);
        p.put(ConfigurationConstants.ENC_MGF_ALGO, WSConstants.MGF_SHA256);
        p.put(ConfigurationConstants.ENC_KEY_ID, "IssuerSerial");
        p.put(ConfigurationConstants.ENCRYPTION_PARTS, "{Content}{" + SOAP11 + "}Body");
        return p;
    }

    private static Map<String, Object> inbound(AgencyKeys keys) {
        Map<String, Object> p = common(keys);
        p.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, TRUST_CRYPTO);
        p.put(ConfigurationConstants.DEC_PROP_REF_ID, OWN_CRYPTO);
        p.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        p.put(ConfigurationConstants.SIG_CERT_CONSTRAINTS_SEPARATOR, CONSTRAINTS_SEPARATOR);
        p.put(ConfigurationConstants.SIG_SUBJECT_CERT_CONSTRAINTS, keys.signers().stream()
                .map(c -> Pattern.quote(c.getSubjectX500Principal().getName()))
                .collect(Collectors.joining(CONSTRAINTS_SEPARATOR)));
        return p;
    }

    private static Map<String, Object> common(AgencyKeys keys) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ACTIONS);
        p.put(OWN_CRYPTO, AgencyCryptos.own(keys));
        p.put(TRUST_CRYPTO, AgencyCryptos.trust(keys));
        p.put(ConfigurationConstants.PW_CALLBACK_REF, passwords(keys.password()));
        return p;
    }

    private static CallbackHandler passwords(char[] password) {
        String text = new String(password);
        return callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback pc) {
                    pc.setPassword(text);
                }
            }
        };
    }
}
