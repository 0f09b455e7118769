package vn.lienthong.messagelog.verify;

import java.security.cert.X509Certificate;
import java.util.List;

/** The outcome of checking the XML signature of one logged message. */
public sealed interface SignatureCheck {

    /** Every ds:Signature verified; {@code signerChain} is what the signer's security token carried, signer first. */
    record Valid(List<X509Certificate> signerChain) implements SignatureCheck {
        public Valid {
            signerChain = List.copyOf(signerChain);
        }

        public X509Certificate signer() {
            return signerChain.get(0);
        }
    }

    /** A signature is present and does not verify, or does not cover the SOAP Body. */
    record Invalid(String reason) implements SignatureCheck {
    }

    /** The message carries no ds:Signature (for example a fault the security server made itself). */
    record Unsigned() implements SignatureCheck {
    }
}
