package vn.lienthong.messagelog.verify;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import vn.lienthong.messagelog.trust.CertificatePaths;

/** Checks the XML signature of a logged message and, given signer anchors, the signer's chain at the time it was logged. */
final class MessageSignatures {

    private final XmlSignatureVerifier xml = new XmlSignatureVerifier();
    private final VerifyOptions options;
    private final VerificationReport report;

    MessageSignatures(VerifyOptions options, VerificationReport report) {
        this.options = options;
        this.report = report;
        if (options.checkSignatures() && options.signerAnchors().isEmpty()) {
            report.note("signer certificate chains not judged: no signer trust anchors given (--signer-ca)");
        }
    }

    void check(long entryNo, String where, byte[] message, Instant loggedAt) {
        if (!options.checkSignatures()) {
            return;
        }
        SignatureCheck check = xml.verify(message);
        if (check instanceof SignatureCheck.Unsigned) {
            report.unsignedMessage();
        } else if (check instanceof SignatureCheck.Invalid invalid) {
            report.add(new Finding(Problem.SIGNATURE_INVALID, entryNo, where, invalid.reason()));
        } else if (check instanceof SignatureCheck.Valid valid) {
            report.signatureVerified();
            if (!options.signerAnchors().isEmpty()) {
                List<X509Certificate> chain = valid.signerChain();
                try {
                    CertificatePaths.validate(chain.get(0), chain.subList(1, chain.size()), options.signerAnchors(), loggedAt);
                } catch (GeneralSecurityException e) {
                    report.add(new Finding(Problem.SIGNER_UNTRUSTED, entryNo, where, "the signer "
                            + chain.get(0).getSubjectX500Principal().getName()
                            + " does not chain to the given signer trust anchors at " + loggedAt + ": " + e.getMessage()));
                }
            }
        }
    }
}
