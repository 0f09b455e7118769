package vn.lienthong.benchmarks.limit;

import java.util.List;

/**
 * The sizes that decide what scenario C's crypto costs, taken from the messages the security servers build
 * for the benchmark's getCitizen exchange (UTF-8 bytes of the serialized XML).
 *
 * @param request              the request as the information system sends it (SHA-512 requestHash input)
 * @param requestBodyContent   the getCitizen element (encrypted with AES-GCM)
 * @param requestReferences    each signed element of the request: Body, Timestamp, the X-Road headers, requestHash
 * @param requestSignedInfo    the request's ds:SignedInfo
 * @param protectedRequest     the signed and encrypted request (one TLS record payload)
 * @param responseBodyContent  the getCitizenResponse element
 * @param responseReferences   each signed element of the response
 * @param responseSignedInfo   the response's ds:SignedInfo
 * @param protectedResponse    the signed and encrypted response
 * @param signerCertificate    DER size of a member signing certificate (replay-key hash input)
 * @param signatureValue       size of the SignatureValue (replay-key hash input)
 * @param authCertificate      DER size of a security server's TLS certificate (peer authentication hash input)
 */
public record RoundTripShape(int request, int requestBodyContent, List<Integer> requestReferences,
        int requestSignedInfo, int protectedRequest, int responseBodyContent, List<Integer> responseReferences,
        int responseSignedInfo, int protectedResponse, int signerCertificate, int signatureValue,
        int authCertificate) {

    public RoundTripShape {
        requestReferences = List.copyOf(requestReferences);
        responseReferences = List.copyOf(responseReferences);
    }
}
