package vn.lienthong.security.wss;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.security.keys.SigningCredential;

/**
 * Protects an outbound SOAP 1.1 or 1.2 envelope: sign, then encrypt.
 *
 * <p>Adds a wsse:Security header holding a wsu:Timestamp, a BinarySecurityToken with the signer's chain
 * (PKIPath, so that the verifier gets the intermediate CA), a Signature (RSA-PSS SHA-256 for RSA keys,
 * ECDSA-SHA256 for EC keys; exclusive c14n; SHA-256 digests) over the Body, the Timestamp and each named
 * header block, and finally encrypts the Body content to the recipient (see {@link BodyEncryptor}).
 * Thread-safe: one instance serves all outbound messages.
 */
public final class MessageProtector {

    public static final Duration DEFAULT_TIMESTAMP_TTL = Duration.ofSeconds(300);

    private final EnvelopeSigner signer;
    private final BodyEncryptor encryptor = new BodyEncryptor();

    /** Timestamps valid for {@link #DEFAULT_TIMESTAMP_TTL}. */
    public MessageProtector(Clock clock) {
        this(clock, DEFAULT_TIMESTAMP_TTL);
    }

    public MessageProtector(Clock clock, Duration timestampTtl) {
        Objects.requireNonNull(clock, "clock");
        if (timestampTtl.isNegative() || timestampTtl.isZero()) {
            throw new IllegalArgumentException("timestamp TTL must be positive");
        }
        WSSConfig.init();
        this.signer = new EnvelopeSigner(clock, timestampTtl);
    }

    /**
     * Signs and encrypts {@code soapEnvelope} in place and returns it.
     *
     * @param headersToSign names of header blocks to sign; each must occur exactly once as a direct child
     *                      of soap:Header
     * @throws IllegalArgumentException when the envelope is not SOAP, already has a wsse:Security header,
     *                                  a named header is missing or repeated, or a key type is unsupported
     * @throws IllegalStateException    when WSS4J fails to build the security header
     */
    public Document protect(Document soapEnvelope, SigningCredential signer, X509Certificate recipient,
                            List<QName> headersToSign) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(recipient, "recipient");
        WSSecHeader securityHeader = sign(soapEnvelope, signer, headersToSign);
        encrypt(securityHeader, soapEnvelope, recipient);
        return soapEnvelope;
    }

    /**
     * Like {@link #protect}, and also gives the bytes of the message as signed (before the Body is encrypted),
     * which is what the message log stores, and the bytes to send, both from one walk of the tree
     * ({@link EncryptedWire}).
     */
    public ProtectedMessage protectKeepingSignedForm(Document soapEnvelope, SigningCredential signer,
                                                     X509Certificate recipient, List<QName> headersToSign) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(recipient, "recipient");
        WSSecHeader securityHeader = sign(soapEnvelope, signer, headersToSign);
        EncryptedWire wire = EncryptedWire.signed(soapEnvelope, securityHeader.getSecurityHeaderElement(),
                SoapEnvelope.of(soapEnvelope).body());
        encrypt(securityHeader, soapEnvelope, recipient);
        return new ProtectedMessage(soapEnvelope, wire.signedForm(), wire.toSend());
    }

    private WSSecHeader sign(Document soapEnvelope, SigningCredential signer, List<QName> headersToSign) {
        SoapEnvelope envelope = SoapEnvelope.of(soapEnvelope);
        if (!envelope.securityHeaders().isEmpty()) {
            throw new IllegalArgumentException("the envelope already carries a wsse:Security header");
        }
        List<Element> headers = new ArrayList<>();
        for (QName name : headersToSign) {
            List<Element> blocks = envelope.headerBlocks(name);
            if (blocks.size() != 1) {
                throw new IllegalArgumentException("header " + name + " occurs " + blocks.size()
                        + " times; exactly one is needed to sign it");
            }
            headers.add(blocks.get(0));
        }
        try {
            WSSecHeader securityHeader = new WSSecHeader(soapEnvelope);
            securityHeader.insertSecurityHeader();
            this.signer.sign(securityHeader, envelope, signer, headers);
            return securityHeader;
        } catch (WSSecurityException e) {
            throw new IllegalStateException("cannot protect the message: " + e.getMessage(), e);
        }
    }

    private void encrypt(WSSecHeader securityHeader, Document soapEnvelope, X509Certificate recipient) {
        try {
            encryptor.encrypt(securityHeader, SoapEnvelope.of(soapEnvelope), recipient);
        } catch (WSSecurityException e) {
            throw new IllegalStateException("cannot protect the message: " + e.getMessage(), e);
        }
    }
}
