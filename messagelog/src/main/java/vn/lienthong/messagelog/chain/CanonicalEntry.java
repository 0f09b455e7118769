package vn.lienthong.messagelog.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import vn.lienthong.messagelog.LogRecord;

/**
 * The bytes an entry hash covers, in a fixed, documented layout (messagelog/README.md, "Entry hash"):
 * the ASCII tag {@value #TAG}, then each field below as a 4-byte big-endian length followed by its UTF-8 bytes:
 * server id, entry number (decimal), logged-at, side, direction, query id, client, service, user id, issue,
 * citizen ids (comma-joined), fields disclosed (comma-joined), fault code (empty on success), wire size, message size,
 * time in, time out, message SHA-256 (lowercase hex). Instants are ISO-8601 UTC with milliseconds
 * ({@code 2026-06-01T08:00:00.000Z}).
 */
public final class CanonicalEntry {

    public static final String TAG = "LIENTHONG-MESSAGELOG-ENTRY-1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private CanonicalEntry() {
    }

    public static byte[] encode(String serverId, long entryNumber, Instant loggedAt, LogRecord r, byte[] messageDigest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(TAG.getBytes(StandardCharsets.US_ASCII));
        field(out, serverId);
        field(out, Long.toString(entryNumber));
        field(out, INSTANT.format(loggedAt));
        field(out, r.side().name());
        field(out, r.direction().name());
        field(out, r.queryId());
        field(out, r.client().toString());
        field(out, r.service().toString());
        field(out, r.userId());
        field(out, r.issue());
        field(out, String.join(",", r.citizenIds()));
        field(out, String.join(",", r.fieldsDisclosed()));
        field(out, r.faultCode() == null ? "" : r.faultCode());
        field(out, Long.toString(r.wireSize()));
        field(out, Integer.toString(r.message().length));
        field(out, INSTANT.format(r.timeIn()));
        field(out, INSTANT.format(r.timeOut()));
        field(out, HexFormat.of().formatHex(messageDigest));
        return out.toByteArray();
    }

    /** The exact bytes whose SHA-256 is the entry hash: previous hash followed by the canonical entry. */
    public static byte[] hashInput(byte[] previousHash, byte[] canonical) {
        return ByteBuffer.allocate(previousHash.length + canonical.length).put(previousHash).put(canonical).array();
    }

    /** Index of the entry number among the decoded fields. */
    public static final int ENTRY_NUMBER = 1;
    /** Index of the message SHA-256 (hex) among the decoded fields. */
    public static final int MESSAGE_DIGEST = 17;

    /**
     * The fields of canonical entry bytes, in order.
     *
     * @throws IllegalArgumentException when the bytes do not follow the layout
     */
    public static java.util.List<String> decode(byte[] canonical) {
        byte[] tag = TAG.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer in = ByteBuffer.wrap(canonical);
        byte[] head = new byte[Math.min(tag.length, canonical.length)];
        in.get(head);
        if (!java.util.Arrays.equals(head, tag)) {
            throw new IllegalArgumentException("not a canonical entry: the tag " + TAG + " is missing");
        }
        java.util.List<String> fields = new java.util.ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 4) {
                throw new IllegalArgumentException("truncated canonical entry");
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("truncated canonical entry");
            }
            byte[] value = new byte[length];
            in.get(value);
            fields.add(new String(value, StandardCharsets.UTF_8));
        }
        if (fields.size() != MESSAGE_DIGEST + 1) {
            throw new IllegalArgumentException("a canonical entry has " + (MESSAGE_DIGEST + 1) + " fields, not " + fields.size());
        }
        return fields;
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
