package vn.lienthong.messagelog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;

/**
 * What a proxy hands to the log for one request or one response: the message as signed (the SOAP envelope, decrypted,
 * with its wsse:Security signature intact) and the metadata Decree 47/2020 Art. 45 and Circular 46/2022 Art. 8 ask for.
 * Instants are kept to the millisecond, the precision the log stores and hashes. Build one with {@link #builder()}.
 *
 * @param faultCode {@code null} when the exchange succeeded, else the SOAP fault code the message carries
 * @param wireSize  bytes of the message as it travelled (encrypted form), for accounting
 * @param timeIn    when the message reached this security server
 * @param timeOut   when it left (or is about to leave) this security server
 */
public record LogRecord(Side side, Direction direction, String queryId, ClientId client, ServiceId service,
                        String userId, String issue, List<String> citizenIds, List<String> fieldsDisclosed,
                        String faultCode, long wireSize, byte[] message, Instant timeIn, Instant timeOut) {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern FIELD = Pattern.compile("[^,\\p{Cntrl}]+");

    public LogRecord {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(direction, "direction");
        requireText("queryId", queryId);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(service, "service");
        userId = userId == null ? "" : userId;
        issue = issue == null ? "" : issue;
        citizenIds = List.copyOf(citizenIds);
        fieldsDisclosed = List.copyOf(fieldsDisclosed);
        for (String id : citizenIds) {
            if (!CITIZEN_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("citizen identification number must be 12 digits: " + id);
            }
        }
        for (String field : fieldsDisclosed) {
            if (!FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException("field name must be non-empty, without commas or control characters: " + field);
            }
        }
        if (faultCode != null && faultCode.isBlank()) {
            faultCode = null;
        }
        if (wireSize < 0) {
            throw new IllegalArgumentException("wireSize must not be negative");
        }
        Objects.requireNonNull(message, "message");
        timeIn = Objects.requireNonNull(timeIn, "timeIn").truncatedTo(ChronoUnit.MILLIS);
        timeOut = Objects.requireNonNull(timeOut, "timeOut").truncatedTo(ChronoUnit.MILLIS);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean succeeded() {
        return faultCode == null;
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "LogRecord[" + side + " " + direction + " queryId=" + queryId + ", client=" + client
                + ", service=" + service + ", fault=" + faultCode + ", " + message.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord r && side == r.side && direction == r.direction && queryId.equals(r.queryId)
                && client.equals(r.client) && service.equals(r.service) && userId.equals(r.userId)
                && issue.equals(r.issue) && citizenIds.equals(r.citizenIds) && fieldsDisclosed.equals(r.fieldsDisclosed)
                && Objects.equals(faultCode, r.faultCode) && wireSize == r.wireSize
                && java.util.Arrays.equals(message, r.message) && timeIn.equals(r.timeIn) && timeOut.equals(r.timeOut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(side, direction, queryId, client, service, timeIn, java.util.Arrays.hashCode(message));
    }

    /** Fluent construction; {@link #build()} validates. */
    public static final class Builder {
        private Side side;
        private Direction direction;
        private String queryId;
        private ClientId client;
        private ServiceId service;
        private String userId;
        private String issue;
        private List<String> citizenIds = List.of();
        private List<String> fieldsDisclosed = List.of();
        private String faultCode;
        private long wireSize;
        private byte[] message;
        private Instant timeIn;
        private Instant timeOut;

        private Builder() {
        }

        public Builder side(Side side) { this.side = side; return this; }
        public Builder direction(Direction direction) { this.direction = direction; return this; }
        public Builder queryId(String queryId) { this.queryId = queryId; return this; }
        public Builder client(ClientId client) { this.client = client; return this; }
        public Builder service(ServiceId service) { this.service = service; return this; }
        public Builder userId(String userId) { this.userId = userId; return this; }
        public Builder issue(String issue) { this.issue = issue; return this; }
        public Builder citizenIds(List<String> citizenIds) { this.citizenIds = citizenIds; return this; }
        public Builder fieldsDisclosed(List<String> fields) { this.fieldsDisclosed = fields; return this; }
        public Builder faultCode(String faultCode) { this.faultCode = faultCode; return this; }
        public Builder wireSize(long wireSize) { this.wireSize = wireSize; return this; }
        public Builder message(byte[] message) { this.message = message; return this; }
        public Builder timeIn(Instant timeIn) { this.timeIn = timeIn; return this; }
        public Builder timeOut(Instant timeOut) { this.timeOut = timeOut; return this; }

        public LogRecord build() {
            return new LogRecord(side, direction, queryId, client, service, userId, issue, citizenIds, fieldsDisclosed,
                    faultCode, wireSize, message, timeIn, timeOut);
        }
    }
}
