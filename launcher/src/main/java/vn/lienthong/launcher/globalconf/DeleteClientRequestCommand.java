package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.request.DeleteClient;
import vn.lienthong.globalconf.request.ManagementRequest;

/** {@code lienthong globalconf request delete-client --server ID --client ID ...}. */
@Command(name = "delete-client", mixinStandardHelpOptions = true,
        description = "Asks that the server no longer serve a client.")
final class DeleteClientRequestCommand extends RequestSubcommand {

    @Option(names = "--client", required = true, paramLabel = "ID", description = "the member or subsystem")
    private String client;

    @Override
    ManagementRequest request(MemberId requester, SecurityServerId serverId) {
        return new DeleteClient(requester, serverId, Arguments.parse("--client", client, ClientId::parse));
    }
}
