package vn.lienthong.globalconf.bundle;

import java.util.List;
import java.util.regex.Pattern;

/** File names of a bundle and of the folder of published bundles. */
public final class BundleLayout {

    public static final String DIRECTORY = "directory";
    public static final String SIGNATURE = "directory.sig";
    public static final String FEDERATION_PART = "federation.xml";
    public static final String SETTINGS_PART = "settings.xml";
    public static final String VERIFICATION_CERTIFICATES_PART = "verification-certificates.pem";
    /** In a folder of published bundles: the newest version, as decimal text. */
    public static final String CURRENT = "current";

    /** The parts every bundle must carry. */
    public static final List<String> REQUIRED_PARTS = List.of(FEDERATION_PART, SETTINGS_PART,
            VERIFICATION_CERTIFICATES_PART);

    private static final Pattern PART_NAME = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,63}");

    private BundleLayout() {
    }

    /** Whether {@code name} may name a file of a bundle (no path separators, no leading dot). */
    public static boolean isSafeFileName(String name) {
        return name != null && PART_NAME.matcher(name).matches();
    }
}
