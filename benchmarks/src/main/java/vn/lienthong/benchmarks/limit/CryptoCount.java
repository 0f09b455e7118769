package vn.lienthong.benchmarks.limit;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cryptographic operation one round trip of scenario C performs, in message-path order, counted from
 * the security servers' steps (client proxy: ProtectRequest, SendToServerProxy, OpenResponse; server proxy:
 * AuthenticatePeerServer, VerifyRequest, ProtectResponse). TLS handshakes are left out: the servers keep
 * their connections, so a handshake is shared by thousands of round trips. Of the message log, the SHA-256 of
 * each logged message is counted; its per-entry chain and Merkle hashes (small inputs) and the batched
 * time-stamp (one TSA request per server per batch interval) are not. OCSP answers are cached by the servers
 * and not counted either. A protected message crosses TLS as records of at most {@value #TLS_RECORD_PLAINTEXT}
 * bytes of plaintext each (RFC 8446 section 5.1, RFC 5246 section 6.2.1), so each record is counted at its own size.
 */
public final class CryptoCount {

    /** The most plaintext one TLS record carries (2^14 bytes, TLS 1.2 and 1.3 alike). */
    static final int TLS_RECORD_PLAINTEXT = 16_384;

    private CryptoCount() {
    }

    public static List<CountedOperation> ofBusRoundTrip(RoundTripShape s) {
        List<CountedOperation> ops = new ArrayList<>();
        // Client proxy (SS-VPCP), request.
        ops.add(op(Primitive.SHA512, "SS-VPCP requestHash of the request as received", s.request()));
        ops.add(new CountedOperation(Primitive.SHA256, "SS-VPCP digests of the signed request parts",
                s.requestReferences()));
        ops.add(op(Primitive.RSA_PSS_SIGN, "SS-VPCP signs the request (client member key)", s.requestSignedInfo()));
        ops.add(op(Primitive.CONTENT_KEY, "SS-VPCP content key for the request Body", 0));
        ops.add(op(Primitive.AES_GCM_ENCRYPT, "SS-VPCP encrypts the request Body content", s.requestBodyContent()));
        ops.add(op(Primitive.RSA_OAEP_WRAP, "SS-VPCP wraps the key to the provider member", 0));
        ops.add(op(Primitive.SHA256, "SS-VPCP message log: digest of the signed request", s.protectedRequest()));
        ops.add(tls(Primitive.AES_GCM_ENCRYPT, "SS-VPCP TLS records of the protected request", s.protectedRequest()));
        // Server proxy (SS-MPS), request.
        ops.add(tls(Primitive.AES_GCM_DECRYPT, "SS-MPS TLS records of the protected request", s.protectedRequest()));
        ops.add(op(Primitive.SHA256, "SS-MPS hash of the peer's TLS certificate", s.authCertificate()));
        ops.add(op(Primitive.RSA_OAEP_UNWRAP, "SS-MPS unwraps the request key (provider member key)", 0));
        ops.add(op(Primitive.AES_GCM_DECRYPT, "SS-MPS decrypts the request Body content", s.requestBodyContent()));
        ops.add(new CountedOperation(Primitive.SHA256, "SS-MPS digests of the signed request parts",
                s.requestReferences()));
        ops.add(op(Primitive.RSA_PSS_VERIFY, "SS-MPS verifies the request signature", s.requestSignedInfo()));
        ops.add(op(Primitive.CHAIN_CHECK, "SS-MPS checks the client member's certificate chain", 0));
        ops.add(new CountedOperation(Primitive.SHA256, "SS-MPS replay key (signer certificate, SignatureValue)",
                List.of(s.signerCertificate(), s.signatureValue())));
        ops.add(op(Primitive.SHA256, "SS-MPS message log: digest of the signed request", s.protectedRequest()));
        // Server proxy (SS-MPS), response.
        ops.add(new CountedOperation(Primitive.SHA256, "SS-MPS digests of the signed response parts",
                s.responseReferences()));
        ops.add(op(Primitive.RSA_PSS_SIGN, "SS-MPS signs the response (provider member key)", s.responseSignedInfo()));
        ops.add(op(Primitive.CONTENT_KEY, "SS-MPS content key for the response Body", 0));
        ops.add(op(Primitive.AES_GCM_ENCRYPT, "SS-MPS encrypts the response Body content", s.responseBodyContent()));
        ops.add(op(Primitive.RSA_OAEP_WRAP, "SS-MPS wraps the key to the client member", 0));
        ops.add(op(Primitive.SHA256, "SS-MPS message log: digest of the signed response", s.protectedResponse()));
        ops.add(tls(Primitive.AES_GCM_ENCRYPT, "SS-MPS TLS records of the protected response", s.protectedResponse()));
        // Client proxy (SS-VPCP), response.
        ops.add(tls(Primitive.AES_GCM_DECRYPT, "SS-VPCP TLS records of the protected response", s.protectedResponse()));
        ops.add(op(Primitive.RSA_OAEP_UNWRAP, "SS-VPCP unwraps the response key (client member key)", 0));
        ops.add(op(Primitive.AES_GCM_DECRYPT, "SS-VPCP decrypts the response Body content", s.responseBodyContent()));
        ops.add(new CountedOperation(Primitive.SHA256, "SS-VPCP digests of the signed response parts",
                s.responseReferences()));
        ops.add(op(Primitive.RSA_PSS_VERIFY, "SS-VPCP verifies the response signature", s.responseSignedInfo()));
        ops.add(op(Primitive.CHAIN_CHECK, "SS-VPCP checks the provider member's certificate chain", 0));
        ops.add(new CountedOperation(Primitive.SHA256, "SS-VPCP replay key (signer certificate, SignatureValue)",
                List.of(s.signerCertificate(), s.signatureValue())));
        ops.add(op(Primitive.SHA256, "SS-VPCP message log: digest of the signed response", s.protectedResponse()));
        return ops;
    }

    /** The records a message of {@code bytes} is sent in: full ones of {@link #TLS_RECORD_PLAINTEXT}, then the rest. */
    static List<Integer> tlsRecords(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a protected message has at least one byte, not " + bytes);
        }
        List<Integer> records = new ArrayList<>();
        for (int left = bytes; left > 0; left -= TLS_RECORD_PLAINTEXT) {
            records.add(Math.min(left, TLS_RECORD_PLAINTEXT));
        }
        return records;
    }

    private static CountedOperation tls(Primitive primitive, String step, int messageBytes) {
        return new CountedOperation(primitive, step, tlsRecords(messageBytes));
    }

    private static CountedOperation op(Primitive primitive, String step, int bytes) {
        return new CountedOperation(primitive, step, List.of(bytes));
    }
}
