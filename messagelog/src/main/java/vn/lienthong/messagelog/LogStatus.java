package vn.lienthong.messagelog;

import java.time.Duration;
import java.util.Optional;

/**
 * The log's health, for monitoring and the operator.
 *
 * @param oldestUnstampedAge how long the oldest entry has waited for a time-stamp (empty: none waits)
 * @param lastStampingFailure why the TSA failed last, while the failure lasts
 * @param queued             records waiting for the writer
 * @param acceptingAppends   false while the outage window is exceeded
 */
public record LogStatus(Optional<Duration> oldestUnstampedAge, Optional<String> lastStampingFailure, int queued,
                        boolean acceptingAppends) {
}
