package vn.lienthong.launcher.globalconf;

import java.net.InetSocketAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.ConfigurationServer;
import vn.lienthong.globalconf.authority.RepublishSchedule;

/** {@code lienthong confauth serve}: downloads and management requests over HTTP, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the published configuration (GET /globalconf/) and takes management requests",
                "(POST /managementrequests) until Ctrl-C, publishing a fresh bundle every download interval."})
final class ConfAuthServeCommand extends AuthoritySubcommand {

    @Option(names = "--port", defaultValue = "8090", paramLabel = "N",
            description = "port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    private String bind;

    @Override
    int execute() throws Exception {
        ConfigurationAuthority authority = openAuthority();
        RepublishSchedule schedule = RepublishSchedule.start(authority);
        try (ConfigurationServer server = ConfigurationServer.start(authority, new InetSocketAddress(bind, port))) {
            out().println("Serving the configuration authority in " + authority.directory() + " (Ctrl-C stops)");
            out().println("  download URL:        " + server.downloadUrl());
            out().println("  management requests: " + server.managementRequestUrl());
            out().flush();
            environment().serve(server);
        } finally {
            schedule.close();
        }
        return 0;
    }
}
