package vn.lienthong.launcher.ca;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code lienthong ca ...} in-process with captured output, given environment variables and a serving action. */
final class CaCli {

    /** What one run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    private CaCli() {
    }

    static Run run(Map<String, String> environment, CaEnvironment.ServingAction whileServing, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CaCommand(CaEnvironment.of(environment, whileServing)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Map.of(), services -> {
            throw new AssertionError("this test does not serve");
        }, args);
    }
}
