package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.request.DeleteServer;
import vn.lienthong.globalconf.request.ManagementRequest;

/** {@code lienthong globalconf request delete-server --server ID ...}. */
@Command(name = "delete-server", mixinStandardHelpOptions = true,
        description = "Asks that the server be removed from the registry.")
final class DeleteServerRequestCommand extends RequestSubcommand {

    @Override
    ManagementRequest request(MemberId requester, SecurityServerId serverId) {
        return new DeleteServer(requester, serverId);
    }
}
