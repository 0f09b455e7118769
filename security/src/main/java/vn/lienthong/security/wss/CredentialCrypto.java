package vn.lienthong.security.wss;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.x500.X500Principal;
import org.apache.wss4j.common.crypto.CryptoBase;
import org.apache.wss4j.common.crypto.CryptoType;
import org.apache.wss4j.common.ext.WSSecurityException;
import vn.lienthong.security.keys.SigningCredential;

/**
 * A WSS4J {@code Crypto} that knows exactly one credential (or none) and trusts nobody.
 *
 * <p>It hands WSS4J our own key for signing or decryption and parses certificate paths. Trust decisions
 * never happen inside WSS4J: {@link #verifyTrust} always refuses, and the verifier validates the signer
 * chain itself with the {@code CertificateChainValidator}. One instance per message; not shared.
 */
final class CredentialCrypto extends CryptoBase {

    /** The alias under which the single credential is known to WSS4J. */
    static final String ALIAS = "credential";

    private static final ParsedCertificatePaths PARSED = new ParsedCertificatePaths();

    private final SigningCredential credential;

    private CredentialCrypto(SigningCredential credential) {
        this.credential = credential;
    }

    static CredentialCrypto of(SigningCredential credential) {
        return new CredentialCrypto(java.util.Objects.requireNonNull(credential, "credential"));
    }

    /** Certificate parsing only: no key, no look-ups. */
    static CredentialCrypto withoutKey() {
        return new CredentialCrypto(null);
    }

    @Override
    public X509Certificate[] getX509Certificates(CryptoType cryptoType) throws WSSecurityException {
        if (credential == null || cryptoType == null) {
            return null;
        }
        X509Certificate leaf = credential.certificate();
        boolean matches = switch (cryptoType.getType()) {
            case ALIAS -> ALIAS.equals(cryptoType.getAlias());
            case ISSUER_SERIAL -> leaf.getSerialNumber().equals(cryptoType.getSerial())
                    && sameName(cryptoType.getIssuer(), leaf.getIssuerX500Principal());
            case SUBJECT_DN -> sameName(cryptoType.getSubjectDN(), leaf.getSubjectX500Principal());
            case THUMBPRINT_SHA1 -> Arrays.equals(sha1(leaf), cryptoType.getBytes());
            case SKI_BYTES -> Arrays.equals(getSKIBytesFromCert(leaf), cryptoType.getBytes());
            default -> false;
        };
        if (!matches) {
            return null;
        }
        return cryptoType.getType() == CryptoType.TYPE.ALIAS ? credential.chain() : new X509Certificate[] {leaf};
    }

    /** Parses a PKIPath once per distinct byte string (see {@link ParsedCertificatePaths}). */
    @Override
    public X509Certificate[] getCertificatesFromBytes(byte[] data) throws WSSecurityException {
        X509Certificate[] known = PARSED.get(data);
        if (known != null) {
            return known;
        }
        X509Certificate[] parsed = super.getCertificatesFromBytes(data);
        if (parsed != null && parsed.length > 0) {
            PARSED.put(data, parsed);
        }
        return parsed;
    }

    /** Encodes a path as PKIPath once per distinct chain (see {@link ParsedCertificatePaths}). */
    @Override
    public byte[] getBytesFromCertificates(X509Certificate[] certs) throws WSSecurityException {
        if (certs == null || certs.length == 0 || Arrays.asList(certs).contains(null)) {
            return super.getBytesFromCertificates(certs);
        }
        byte[] known = PARSED.encoding(certs);
        if (known != null) {
            return known;
        }
        byte[] encoded = super.getBytesFromCertificates(certs);
        PARSED.putEncoding(certs, encoded);
        return encoded;
    }

    @Override
    public String getX509Identifier(X509Certificate cert) {
        return credential != null && credential.certificate().equals(cert) ? ALIAS : null;
    }

    @Override
    public PrivateKey getPrivateKey(X509Certificate certificate, CallbackHandler callbackHandler)
            throws WSSecurityException {
        if (credential != null && credential.certificate().equals(certificate)) {
            return credential.privateKey();
        }
        throw notOurs();
    }

    @Override
    public PrivateKey getPrivateKey(PublicKey publicKey, CallbackHandler callbackHandler) throws WSSecurityException {
        if (credential != null && credential.certificate().getPublicKey().equals(publicKey)) {
            return credential.privateKey();
        }
        throw notOurs();
    }

    @Override
    public PrivateKey getPrivateKey(String identifier, String password) throws WSSecurityException {
        if (credential != null && ALIAS.equals(identifier)) {
            return credential.privateKey();
        }
        throw notOurs();
    }

    @Override
    public void verifyTrust(X509Certificate[] certs, boolean enableRevocation,
                            Collection<Pattern> subjectCertConstraints, Collection<Pattern> issuerCertConstraints)
            throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }

    @Override
    public void verifyTrust(PublicKey publicKey) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }

    private static WSSecurityException notOurs() {
        return new WSSecurityException(WSSecurityException.ErrorCode.SECURITY_TOKEN_UNAVAILABLE);
    }

    private static boolean sameName(String name, X500Principal principal) {
        if (name == null) {
            return false;
        }
        if (name.equals(principal.getName())) {
            return true;
        }
        try {
            return new X500Principal(name).equals(principal);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] sha1(X509Certificate certificate) throws WSSecurityException {
        try {
            return MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILURE, e);
        }
    }
}
