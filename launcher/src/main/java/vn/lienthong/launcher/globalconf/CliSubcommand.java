package vn.lienthong.launcher.globalconf;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code confauth} and {@code globalconf} subcommand shares: output to the command line's writers, the
 * environment of the root command, and failures turned into one line on standard error, never a stack trace.
 */
abstract class CliSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (Exception e) {
            CliFailure failure = CliFailure.of(e);
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText(spec.qualifiedName() + ": " + failure.message()));
            err.flush();
            return failure.exitCode();
        }
    }

    /** Does the work; returns the exit code (0 for success). */
    abstract int execute() throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    CliEnvironment environment() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof CliEnvironment.Holder holder) {
                return holder.environment();
            }
        }
        return CliEnvironment.system();
    }
}
