package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth key ...}. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "The authority's configuration signing key.",
        subcommands = ConfAuthKeyRotateCommand.class)
final class ConfAuthKeyCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
