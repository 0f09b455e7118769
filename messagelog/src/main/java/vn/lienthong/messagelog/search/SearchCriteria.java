package vn.lienthong.messagelog.search;

import java.time.Instant;
import java.util.Optional;

/**
 * What to look for; every criterion is optional and they combine with AND. Times bound {@code logged_at}
 * (from inclusive, to exclusive). Build with {@link #builder()}.
 */
public record SearchCriteria(Optional<String> queryId, Optional<String> client, Optional<String> service,
                             Optional<String> citizenId, Optional<Instant> from, Optional<Instant> to,
                             Optional<Outcome> outcome, Optional<String> faultCode, int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public SearchCriteria {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction. */
    public static final class Builder {
        private String queryId;
        private String client;
        private String service;
        private String citizenId;
        private Instant from;
        private Instant to;
        private Outcome outcome;
        private String faultCode;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder queryId(String v) { this.queryId = v; return this; }
        public Builder client(String v) { this.client = v; return this; }
        public Builder service(String v) { this.service = v; return this; }
        public Builder citizenId(String v) { this.citizenId = v; return this; }
        public Builder from(Instant v) { this.from = v; return this; }
        public Builder to(Instant v) { this.to = v; return this; }
        public Builder outcome(Outcome v) { this.outcome = v; return this; }
        public Builder faultCode(String v) { this.faultCode = v; return this; }
        public Builder limit(int v) { this.limit = v; return this; }

        public SearchCriteria build() {
            return new SearchCriteria(Optional.ofNullable(queryId), Optional.ofNullable(client), Optional.ofNullable(service),
                    Optional.ofNullable(citizenId), Optional.ofNullable(from), Optional.ofNullable(to),
                    Optional.ofNullable(outcome), Optional.ofNullable(faultCode), limit);
        }
    }
}
