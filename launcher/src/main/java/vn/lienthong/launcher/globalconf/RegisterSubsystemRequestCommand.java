package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.RegisterSubsystem;

/** {@code lienthong globalconf request register-subsystem --server ID --subsystem ID ...}. */
@Command(name = "register-subsystem", mixinStandardHelpOptions = true,
        description = "Asks to register a subsystem of the member (new or existing) as a client of the server.")
final class RegisterSubsystemRequestCommand extends RequestSubcommand {

    @Option(names = "--subsystem", required = true, paramLabel = "ID",
            description = "the subsystem, INSTANCE/CLASS/MEMBER/SUBSYSTEM")
    private String subsystem;

    @Override
    ManagementRequest request(MemberId requester, SecurityServerId serverId) {
        return new RegisterSubsystem(requester, serverId, Arguments.parse("--subsystem", subsystem, ClientId::parse));
    }
}
