package vn.lienthong.globalconf.request;

import java.time.Instant;
import java.util.Objects;

/** A request with the time its requester created it (signed with it, so that a stale copy can be refused). */
public record RequestDocument(ManagementRequest request, Instant createdAt) {

    public RequestDocument {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
