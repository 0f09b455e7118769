package vn.lienthong.routes.server;

import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.routes.housekeeping.ArchiveOldEntries;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.MessageLogSettings;
import vn.lienthong.messagelog.archive.Archiver;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.timestamp.HttpTimeStamper;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;

/**
 * Opens a security server's message log in its own database, time-stamped by the TSA at
 * {@code lienthong.messagelog.tsa.url}, whose tokens must chain to one of the federation's approved CAs.
 */
final class MessageLogs {

    private MessageLogs() {
    }

    /**
     * The archiving of {@code lienthong.messagelog.archive.dir} (off when unset): entries older than
     * {@code .archive.after-days} (default 30) are archived, archived ones older than {@code .retention.days}
     * (default 180) deleted.
     */
    static ArchiveOldEntries archiving(ServerConf conf, Database database, Clock clock) {
        String dir = conf.settings().getProperty("lienthong.messagelog.archive.dir");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        try {
            Duration after = Duration.ofDays(Long.parseLong(conf.settings().getProperty("lienthong.messagelog.archive.after-days", "30")));
            Duration retain = Duration.ofDays(Long.parseLong(conf.settings().getProperty("lienthong.messagelog.retention.days", "180")));
            if (retain.compareTo(after) < 0) {
                throw new ConfException("lienthong.messagelog.retention.days must not be shorter than .archive.after-days");
            }
            return new ArchiveOldEntries(new Archiver(LogDatabase.of(database.dataSource()), conf.serverId().toString(),
                    conf.directory().resolve(dir.trim()), 10_000, clock), after, retain, clock);
        } catch (NumberFormatException e) {
            throw new ConfException("lienthong.messagelog.archive.after-days and .retention.days must be whole numbers of days", e);
        }
    }

    static MessageLog open(ServerConf conf, GlobalConf global, Database database, Clock clock) {
        if (conf.timestampingUrl() == null) {
            throw new ConfException(conf.directory().resolve(ServerConf.FILE_NAME) + ": lienthong.messagelog.tsa.url is missing:"
                    + " a security server time-stamps its message log, so it needs the URL of an approved TSA");
        }
        Set<TrustAnchor> anchors = global.approvedCaRoots().stream()
                .map(root -> new TrustAnchor(root, null)).collect(Collectors.toUnmodifiableSet());
        try {
            return MessageLog.open(LogDatabase.of(database.dataSource()),
                    MessageLogSettings.fromProperties(conf.serverId(), conf.settings()),
                    new HttpTimeStamper(conf.timestampingUrl(), conf.timestampingTimeout(), new TimeStampTokenVerifier(anchors)),
                    clock);
        } catch (IllegalArgumentException | MessageLogException e) {
            throw new ConfException("the message log of " + conf.serverId() + " cannot open: " + e.getMessage(), e);
        }
    }
}
