package vn.lienthong.launcher.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.store.EntryReader;
import vn.lienthong.messagelog.store.LogDatabase;

/** Which log to read: a JDBC URL, or a security server's configuration folder (its lienthong.database.* settings). */
final class LogSource {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "the log's database, e.g. jdbc:h2:file:/var/lib/lienthong/data/securityserver or jdbc:postgresql://host/db")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: sa for H2, else none)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "database password (default: empty)")
    String password;

    @Option(names = "--config", paramLabel = "DIR", description = "a security server's configuration folder; its server.properties names the database")
    Path configDir;

    @Option(names = "--server", paramLabel = "SERVER_ID", description = "the security server whose chain to use, e.g. VN/GOV/MPS/SS-MPS (default: the only one in the database, or the --config server)")
    String serverId;

    LogDatabase database() {
        if ((url == null) == (configDir == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --db JDBC_URL or --config DIR");
        }
        if (configDir != null) {
            ServerConf conf = ServerConf.load(configDir);
            return LogDatabase.fromUrl(conf.databaseUrl(), conf.databaseUser(), conf.databasePassword());
        }
        String u = user != null ? user : url.startsWith("jdbc:h2:") ? "sa" : null;
        return LogDatabase.fromUrl(url, u, password == null ? "" : password);
    }

    /** The server id to verify: --server, the --config server, or the only chain in the database. */
    String server(LogDatabase database) {
        if (serverId != null) {
            return serverId;
        }
        if (configDir != null) {
            return ServerConf.load(configDir).serverId().toString();
        }
        try (Connection c = database.connect()) {
            List<String> servers = EntryReader.servers(c);
            if (servers.size() == 1) {
                return servers.get(0);
            }
            throw new ParameterException(spec.commandLine(), servers.isEmpty()
                    ? "the database holds no message log entries"
                    : "the database holds the logs of " + servers + ": choose one with --server");
        } catch (SQLException e) {
            throw new MessageLogException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }
}
