package vn.lienthong.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.launcher.process.UntilStopped;
import vn.lienthong.routes.server.SecurityServer;

/** {@code lienthong server --config DIR}: one security server, as an agency runs it in production. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Runs one security server from its configuration folder (server.properties, services.xml) until stopped.")
final class ServerCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "DIR",
            description = "the security server's configuration folder, holding server.properties")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        SecurityServer server = SecurityServer.start(config, Clock.systemUTC());
        System.out.println("Security server " + server.conf().serverId() + " is serving: client proxy http://"
                + server.conf().bindHost() + ":" + server.conf().clientProxyPort() + "/, server proxy https://"
                + server.conf().bindHost() + ":" + server.conf().serverProxyPort() + "/. Ctrl-C stops it.");
        UntilStopped.serve(server, "server");
        return 0;
    }
}
