package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth member ...}. */
@Command(name = "member", mixinStandardHelpOptions = true, description = "Members of the instance.",
        subcommands = ConfAuthMemberAddCommand.class)
final class ConfAuthMemberCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
