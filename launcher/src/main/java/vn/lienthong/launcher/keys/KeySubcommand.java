package vn.lienthong.launcher.keys;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code lienthong keys} command: opens the {@link KeysWorkspace}, runs the command and
 * turns any failure into one line on stderr with exit code 2 (input) or 1 (anything else); never a stack trace.
 */
abstract class KeySubcommand implements Callable<Integer> {

    @Mixin
    KeysOptions options;

    @ParentCommand
    KeysCommand parent;

    @Spec
    CommandSpec spec;

    /** Whether this command may create a missing software token. */
    boolean createsToken() {
        return false;
    }

    abstract void run(KeysWorkspace workspace) throws Exception;

    @Override
    public final Integer call() {
        try (KeysWorkspace workspace = KeysWorkspace.open(options, parent.clock(), createsToken())) {
            run(workspace);
            return 0;
        } catch (Exception e) {
            Failures failure = Failures.of(e);
            err().println("lienthong keys " + spec.name() + ": " + failure.message());
            return failure.exitCode();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
