package vn.lienthong.security.wss;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;

/**
 * A message that passed verification.
 *
 * @param signerCertificate the certificate whose key signed the message
 * @param signerChain       the validated path, signer first, ending with the approved root
 * @param timestampCreated  the Created instant of the signed Timestamp
 * @param envelope          the decrypted envelope, without its wsse:Security header
 * @param signedForm        the decrypted envelope with its wsse:Security header and signature intact, as bytes
 */
public record VerifiedMessage(X509Certificate signerCertificate, List<X509Certificate> signerChain,
                              Instant timestampCreated, Document envelope, byte[] signedForm) {

    public VerifiedMessage {
        signerChain = List.copyOf(signerChain);
    }

    @Override
    public byte[] signedForm() {
        return signedForm.clone();
    }

    /** The member that the signer certificate names, if its subject follows the federation's certificate profile. */
    public Optional<MemberId> signerMember() {
        return CertificateProfile.memberOf(signerCertificate);
    }

    @Override
    public String toString() {
        return "VerifiedMessage[signer=" + signerCertificate.getSubjectX500Principal().getName()
                + ", created=" + timestampCreated + "]";
    }
}
