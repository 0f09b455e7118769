package vn.lienthong.globalconf.authority;

import java.time.Instant;
import vn.lienthong.globalconf.request.ManagementRequest;

/** A management request the authority accepted for review, with its number and decision (if any). */
public record StoredRequest(long id, ManagementRequest request, RequestStatus status, Instant submittedAt,
        Instant decidedAt, String rejectionReason) {
}
