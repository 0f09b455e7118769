package vn.lienthong.routes.server;

import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.MessageLogSettings;
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

    static MessageLog open(ServerConf conf, GlobalConf global, Database database, Clock clock) {
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
