package vn.lienthong.launcher.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.lienthong.messagelog.trust.PemCertificates;
import vn.lienthong.messagelog.verify.VerifyOptions;

/** The trust anchors the auditor brings: the TSA's root, and optionally the federation CA for message signers. */
final class TrustOptions {

    @Option(names = "--tsa-ca", paramLabel = "PEM", required = true,
            description = "trust anchor(s) for the time-stamp tokens (PEM; repeatable)")
    List<Path> tsaCa = new ArrayList<>();

    @Option(names = "--signer-ca", paramLabel = "PEM",
            description = "trust anchor(s) for the message signers' certificates (PEM; repeatable); without it the chains are not judged")
    List<Path> signerCa = new ArrayList<>();

    @Option(names = "--skip-signatures", description = "do not verify the XML signatures of the logged messages")
    boolean skipSignatures;

    VerifyOptions verifyOptions() {
        return new VerifyOptions(PemCertificates.trustAnchors(tsaCa), PemCertificates.trustAnchors(signerCa), !skipSignatures);
    }
}
