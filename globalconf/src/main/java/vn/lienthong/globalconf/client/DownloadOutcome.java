package vn.lienthong.globalconf.client;

/** What one download attempt did. */
public sealed interface DownloadOutcome {

    /** A newer bundle was verified and is now in force. */
    record Updated(long previousVersion, long version) implements DownloadOutcome {
    }

    /** The authority still publishes the version in force. */
    record Unchanged(long version) implements DownloadOutcome {
    }

    /** The bundle was refused (or could not be fetched); the configuration in force stays. */
    record Refused(BundleRejectedException.Reason reason, String message) implements DownloadOutcome {
    }
}
