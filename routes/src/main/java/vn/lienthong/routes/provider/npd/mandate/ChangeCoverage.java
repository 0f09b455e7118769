package vn.lienthong.routes.provider.npd.mandate;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.store.VersionMeta;

/** Which of a change's fields a mandate covers: what a consumer may learn of that change. */
public final class ChangeCoverage {

    private ChangeCoverage() {
    }

    /** The changed fields (groups) the mandate covers, in schema order; for a whole new record ({@code *}), every covered field. */
    public static Set<String> coveredGroups(Set<String> changedPaths, Mandate mandate) {
        Set<String> groups = new LinkedHashSet<>();
        boolean all = changedPaths.contains(VersionMeta.ALL_PATHS);
        for (String group : CitizenField.GROUPS) {
            boolean changed = all || changedPaths.stream().anyMatch(path -> groupOf(path).equals(group));
            if (changed && mandate.covers(group)) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The group a change path belongs to: {@code permanentResidence.communeCode} → {@code permanentResidence}. */
    public static String groupOf(String path) {
        return CitizenField.byPath(path).map(CitizenField::group).orElse(path);
    }
}
