package vn.lienthong.routes.provider.npd.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a version records besides the record itself: when the NPD recorded it, the source that said so
 * (an X-Road client id such as {@code VN/GOV/MOJ/CIVIL-STATUS}, or {@code NPD}), the update it came from,
 * the life event, and the paths it changed ({@code *} for a whole new record).
 */
public record VersionMeta(Instant recordedAt, String source, String updateId, String eventType, Set<String> changedPaths) {

    public static final String ALL_PATHS = "*";

    public VersionMeta {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(eventType, "eventType");
        changedPaths = Set.copyOf(changedPaths);
    }

    /** The changed paths as the column stores them: sorted, comma-separated. */
    String changedColumn() {
        return changedPaths.stream().sorted().reduce((a, b) -> a + "," + b).orElse("");
    }
}
