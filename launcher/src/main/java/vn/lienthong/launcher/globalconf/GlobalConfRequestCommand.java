package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong globalconf request ...}. */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = {"Sends a management request, signed with the member's signing key, to the configuration",
                "authority; it takes effect once the authority's administrator approves it."},
        subcommands = {RegisterSubsystemRequestCommand.class, RegisterAuthCertRequestCommand.class,
                ChangeAddressRequestCommand.class, DeleteClientRequestCommand.class, DeleteServerRequestCommand.class})
final class GlobalConfRequestCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
