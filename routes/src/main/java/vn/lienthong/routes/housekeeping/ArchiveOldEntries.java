package vn.lienthong.routes.housekeeping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.messagelog.archive.Archiver;

/**
 * Moves message log entries older than the archive age into chained ASiC-E containers, then deletes
 * archived entries older than the retention period (never unarchived or unstamped ones).
 */
public final class ArchiveOldEntries implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveOldEntries.class);

    private final Archiver archiver;
    private final Duration archiveAfter;
    private final Duration retainFor;
    private final Clock clock;

    public ArchiveOldEntries(Archiver archiver, Duration archiveAfter, Duration retainFor, Clock clock) {
        this.archiver = archiver;
        this.archiveAfter = archiveAfter;
        this.retainFor = retainFor;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Instant now = clock.instant();
        int containers = archiver.archiveBefore(now.minus(archiveAfter)).size();
        int deleted = archiver.cleanBefore(now.minus(retainFor));
        if (containers > 0 || deleted > 0) {
            LOG.info("message log: {} archive containers written, {} archived entries past retention deleted",
                    containers, deleted);
        }
    }
}
