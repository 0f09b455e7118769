package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.request.ChangeAddress;
import vn.lienthong.globalconf.request.ManagementRequest;

/** {@code lienthong globalconf request change-address --server ID --host H --port N ...}. */
@Command(name = "change-address", mixinStandardHelpOptions = true,
        description = "Asks to move the server's server proxy to a new host and port.")
final class ChangeAddressRequestCommand extends RequestSubcommand {

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "the new host")
    private String host;

    @Option(names = "--port", required = true, paramLabel = "N", description = "the new port")
    private int port;

    @Override
    ManagementRequest request(MemberId requester, SecurityServerId serverId) {
        return new ChangeAddress(requester, serverId, host, port);
    }
}
