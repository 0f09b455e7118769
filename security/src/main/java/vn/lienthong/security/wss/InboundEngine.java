package vn.lienthong.security.wss;

import java.util.List;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.xml.namespace.QName;
import org.apache.wss4j.common.crypto.AlgorithmSuite;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.processor.BinarySecurityTokenProcessor;
import org.apache.wss4j.dom.processor.EncryptedKeyProcessor;
import org.apache.wss4j.dom.processor.SignatureProcessor;
import org.apache.wss4j.dom.processor.TimestampProcessor;
import org.apache.wss4j.dom.validate.Validator;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * WSS4J's security header engine, configured once for the federation profile: only EncryptedKey,
 * BinarySecurityToken, Signature and Timestamp are processed; SAML and every other token type are
 * refused; signature trust and timestamp freshness are left to the verifier; ids are resolved by an
 * {@link IndexedIdLookup} per message; decrypted content is parsed by the {@link EncryptedContentSerializer}.
 * The configuration is built in the constructor and only read afterwards, so one instance serves concurrent
 * messages.
 */
final class InboundEngine {

    private static final List<QName> REFUSED_TOKENS = List.of(
            WSConstants.USERNAME_TOKEN,
            WSConstants.REFERENCE_LIST,
            WSConstants.ENCRYPTED_DATA,
            WSConstants.SIGNATURE_CONFIRMATION,
            WSConstants.DERIVED_KEY_TOKEN_05_02,
            WSConstants.DERIVED_KEY_TOKEN_05_12,
            WSConstants.SECURITY_CONTEXT_TOKEN_05_02,
            WSConstants.SECURITY_CONTEXT_TOKEN_05_12);

    private static final List<QName> SAML_TOKENS = List.of(
            WSConstants.SAML_TOKEN, WSConstants.SAML2_TOKEN, WSConstants.ENCRYPTED_ASSERTION);

    private static final CallbackHandler NO_CALLBACKS = callbacks -> {
        throw new UnsupportedCallbackException(callbacks.length == 0 ? null : callbacks[0],
                "no password callbacks are served");
    };

    private final WSSConfig config;
    private final AlgorithmSuite algorithmSuite;

    InboundEngine() {
        WSSConfig.init();
        WSSConfig config = WSSConfig.getNewInstance();
        config.setProcessor(WSConstants.ENCRYPTED_KEY,
                new PhaseProcessor(EncryptedKeyProcessor::new, Reason.DECRYPTION_FAILED, "EncryptedKey"));
        config.setProcessor(WSConstants.SIGNATURE,
                new PhaseProcessor(SignatureProcessor::new, Reason.SIGNATURE_INVALID, "Signature"));
        config.setProcessor(WSConstants.BINARY_TOKEN,
                new PhaseProcessor(BinarySecurityTokenProcessor::new, Reason.UNSUPPORTED_TOKEN, "BinarySecurityToken"));
        config.setProcessor(WSConstants.TIMESTAMP,
                new PhaseProcessor(TimestampProcessor::new, Reason.MALFORMED, "Timestamp"));
        for (QName saml : SAML_TOKENS) {
            config.setProcessor(saml, new RejectedTokenProcessor("SAML assertions are not accepted"));
        }
        for (QName token : REFUSED_TOKENS) {
            config.setProcessor(token, RejectedTokenProcessor.forElement(token));
        }
        config.setValidator(WSConstants.SIGNATURE, new TrustDeferredValidator());
        config.setValidator(WSConstants.TIMESTAMP, (Validator) null);
        this.config = config;
        this.algorithmSuite = Algorithms.inboundSuite();
    }

    /** Decrypts and verifies the given wsse:Security header in place. */
    WSHandlerResult process(Element securityHeader, SigningCredential ownDecryptionKey) throws MessageSecurityException {
        WSSecurityEngine engine = new WSSecurityEngine();
        engine.setWssConfig(config);
        engine.setCallbackLookup(new IndexedIdLookup(securityHeader.getOwnerDocument()));
        RequestData data = new RequestData();
        data.setWssConfig(config);
        data.setActor("");
        data.setDecCrypto(CredentialCrypto.of(ownDecryptionKey));
        data.setSigVerCrypto(CredentialCrypto.withoutKey());
        data.setCallbackHandler(NO_CALLBACKS);
        data.setAlgorithmSuite(algorithmSuite);
        data.setValidateSamlSubjectConfirmation(false);
        data.setAllowRSA15KeyTransportAlgorithm(false);
        data.setEncryptionSerializer(EncryptedContentSerializer.INSTANCE);
        try {
            return engine.processSecurityHeader(securityHeader, data);
        } catch (PhaseFailure e) {
            throw e.toMessageSecurityException();
        } catch (WSSecurityException e) {
            throw new MessageSecurityException(Reason.MALFORMED,
                    "the security header violates the WS-Security profile");
        } catch (LinkageError e) {
            throw new MessageSecurityException(Reason.UNSUPPORTED_TOKEN,
                    "the security header uses a feature this security server does not support");
        } catch (RuntimeException e) {
            throw new MessageSecurityException(Reason.MALFORMED, "the security header is not well-formed");
        }
    }
}
