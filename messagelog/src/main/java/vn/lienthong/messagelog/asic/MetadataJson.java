package vn.lienthong.messagelog.asic;

import java.util.List;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.LogRecord;

/** An entry's metadata as a small JSON document, for people reading an archive or evidence container. */
public final class MetadataJson {

    private MetadataJson() {
    }

    public static String of(LogEntry entry) {
        LogRecord r = entry.record();
        StringBuilder b = new StringBuilder("{\n");
        field(b, "serverId", entry.serverId());
        b.append("  \"entryNumber\": ").append(entry.entryNumber()).append(",\n");
        field(b, "loggedAt", entry.loggedAt().toString());
        field(b, "side", r.side().name());
        field(b, "direction", r.direction().name());
        field(b, "queryId", r.queryId());
        field(b, "client", r.client().toString());
        field(b, "service", r.service().toString());
        field(b, "userId", r.userId());
        field(b, "issue", r.issue());
        list(b, "citizenIds", r.citizenIds());
        list(b, "fieldsDisclosed", r.fieldsDisclosed());
        b.append("  \"faultCode\": ").append(r.faultCode() == null ? "null" : quote(r.faultCode())).append(",\n");
        b.append("  \"wireSize\": ").append(r.wireSize()).append(",\n");
        b.append("  \"messageSize\": ").append(r.message().length).append(",\n");
        field(b, "timeIn", r.timeIn().toString());
        field(b, "timeOut", r.timeOut().toString());
        b.append("  \"batch\": ").append(entry.batchNumber() == null ? "null" : entry.batchNumber()).append('\n');
        return b.append("}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  \"").append(name).append("\": ").append(quote(value)).append(",\n");
    }

    private static void list(StringBuilder b, String name, List<String> values) {
        b.append("  \"").append(name).append("\": [");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        b.append("],\n");
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
