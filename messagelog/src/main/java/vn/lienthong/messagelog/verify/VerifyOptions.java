package vn.lienthong.messagelog.verify;

import java.security.cert.TrustAnchor;
import java.util.Set;

/**
 * What to check besides the hash chain.
 *
 * @param tsaAnchors     roots the TSA certificates must chain to; required, tokens are always checked
 * @param signerAnchors  roots the message signers' certificates must chain to; empty: signatures are verified with
 *                       the certificate the message carries and the chain is not judged (a note says so)
 * @param checkSignatures whether to verify the XML signatures of the logged messages
 */
public record VerifyOptions(Set<TrustAnchor> tsaAnchors, Set<TrustAnchor> signerAnchors, boolean checkSignatures) {

    public VerifyOptions {
        if (tsaAnchors.isEmpty()) {
            throw new IllegalArgumentException("verification needs the TSA trust anchors (--tsa-ca)");
        }
        tsaAnchors = Set.copyOf(tsaAnchors);
        signerAnchors = Set.copyOf(signerAnchors);
    }
}
