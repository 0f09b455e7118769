package vn.lienthong.launcher.globalconf;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code lienthong confauth ...} and {@code lienthong globalconf ...} in-process with captured output. */
final class GlobalConfCli {

    /** What one run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    private final CliEnvironment environment;

    GlobalConfCli(CliEnvironment environment) {
        this.environment = environment;
    }

    Run confauth(String... args) {
        return run(new ConfAuthCommand(environment), new StringWriter(), args);
    }

    /** Runs {@code confauth} writing its output to {@code out}, which a serving action may read while it runs. */
    Run confauth(StringWriter out, String... args) {
        return run(new ConfAuthCommand(environment), out, args);
    }

    Run globalconf(String... args) {
        return run(new GlobalConfCommand(environment), new StringWriter(), args);
    }

    private static Run run(Object command, StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
