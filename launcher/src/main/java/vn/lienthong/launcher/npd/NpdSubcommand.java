package vn.lienthong.launcher.npd;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code npd} command shares: the {@code --url} of the NPD provider, output to the command line's
 * writers, and failures as one line on standard error with exit code 1 (provider unreachable or failed) or 2
 * (request refused), never a stack trace.
 */
abstract class NpdSubcommand implements Callable<Integer> {

    /** The demo federation's NPD provider information system (DemoPorts.standard()). */
    static final String DEMO_URL = "http://127.0.0.1:8090";

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = DEMO_URL,
            description = "the NPD provider (default: ${DEFAULT-VALUE}, the demo)")
    String url;

    @Override
    public final Integer call() {
        try {
            execute(OperatorClient.of(url), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (NpdOperatorFailure failure) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText(spec.qualifiedName(" ") + ": " + failure.getMessage()));
            err.flush();
            return failure.exitCode();
        }
    }

    /** Does the request and prints its answer. */
    abstract void execute(OperatorClient npd, PrintWriter out) throws NpdOperatorFailure;
}
