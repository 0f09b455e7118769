package vn.lienthong.messagelog.evidence;

import java.nio.charset.StandardCharsets;

/** What the evidence endpoint answers: an HTTP status, a content type, a download file name (200 only) and the body. */
public record EvidenceResponse(int status, String contentType, String fileName, byte[] body) {

    public static EvidenceResponse text(int status, String message) {
        return new EvidenceResponse(status, "text/plain; charset=UTF-8", null, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
