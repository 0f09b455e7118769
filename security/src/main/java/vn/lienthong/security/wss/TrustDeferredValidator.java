package vn.lienthong.security.wss;

import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;

/**
 * The signature credential validator: it accepts the credential as it is, because trust in the signer is
 * decided after WSS4J has finished, by {@code MessageVerifier} through the {@code CertificateChainValidator}
 * (which reports precisely why a chain is refused and validates at the verifier's clock).
 */
final class TrustDeferredValidator implements Validator {

    @Override
    public Credential validate(Credential credential, RequestData data) {
        return credential;
    }
}
