package vn.lienthong.launcher.ca;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.lienthong.certs.ca.CertificateAuthority;

/**
 * What every {@code ca} subcommand shares: the {@code --dir} option, output to the command line's writers, and
 * failures turned into one line on standard error with exit code 2 (input) or 1 (anything else), never a stack
 * trace.
 */
abstract class CaSubcommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int INPUT_ERROR = 2;

    @ParentCommand
    private CaCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the CA directory")
    Path dir;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (Exception e) {
            CaFailure failure = CaFailure.of(e, dir);
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText(
                    "lienthong ca " + spec.name() + ": " + failure.message()));
            err.flush();
            return failure.exitCode();
        }
    }

    /** Does the work; returns the exit code (0 for success). */
    abstract int execute() throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    CaEnvironment environment() {
        return parent.environment();
    }

    /** The CA in {@link #dir}, opened with the password from {@code password}. */
    CertificateAuthority openCa(CaPassword password) {
        requireCa();
        char[] secret = password.read(environment());
        return CertificateAuthority.open(dir, secret);
    }

    void requireCa() {
        if (!CertificateAuthority.exists(dir)) {
            throw new CaInputException(dir + " does not hold a CA: create one with 'lienthong ca init --dir " + dir
                    + " --name NAME', or give the directory of an existing CA with --dir");
        }
    }
}
