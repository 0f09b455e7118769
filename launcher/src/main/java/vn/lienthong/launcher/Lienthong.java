package vn.lienthong.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lienthong} command: one launcher for a security server, the demo federation, and (later) the PKI and audit tools. */
@Command(name = "lienthong", mixinStandardHelpOptions = true, version = "LienThong 0.1.0",
        description = "LienThong government service bus (X-Road message protocol 4.0): security servers, the demo federation,"
                + " and the tools of security officers (ca, keys), auditors (audit), the configuration authority (confauth)"
                + " and the NPD operator (npd).",
        subcommands = {ServerCommand.class, DemoCommand.class, vn.lienthong.launcher.keys.KeysCommand.class,
                vn.lienthong.launcher.audit.AuditCommand.class, vn.lienthong.launcher.ca.CaCommand.class,
                vn.lienthong.launcher.globalconf.ConfAuthCommand.class, vn.lienthong.launcher.globalconf.GlobalConfCommand.class,
                vn.lienthong.launcher.npd.NpdCommand.class})
public final class Lienthong implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the error handling every subcommand shares: a message and an exit code, no stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Lienthong());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("lienthong: " + Errors.describe(e)));
            return 2;
        });
        return cli;
    }
}
