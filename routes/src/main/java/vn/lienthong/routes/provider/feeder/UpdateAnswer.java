package vn.lienthong.routes.provider.feeder;

import java.util.List;

/**
 * What the NPD answered to one update: APPLIED, UNCHANGED, HELD or REJECTED (npd-update.xsd), or
 * FAULT when it refused the message itself; the citizen's number (issued, for a birth), the version,
 * whether the NPD had seen the update id before, and the violation codes.
 */
public record UpdateAnswer(String updateId, String status, String pin, Integer versionNo, boolean duplicate,
        List<String> violationCodes) {

    public static final String FAULT = "FAULT";

    public UpdateAnswer {
        violationCodes = List.copyOf(violationCodes);
    }
}
