package vn.lienthong.launcher.globalconf;

import java.util.Map;
import vn.lienthong.launcher.process.UntilStopped;

/** What the globalconf commands take from their process: environment variables, and how {@code serve} waits. */
public interface CliEnvironment {

    /** The value of environment variable {@code name}, or null. */
    String variable(String name);

    /** Blocks while {@code running} serves; it is closed after this returns. */
    void serve(AutoCloseable running) throws Exception;

    /** The process environment; {@code serve} waits for Ctrl-C. */
    static CliEnvironment system() {
        return new CliEnvironment() {
            @Override
            public String variable(String name) {
                return System.getenv(name);
            }

            @Override
            public void serve(AutoCloseable running) throws Exception {
                UntilStopped.serve(running, "confauth");
            }
        };
    }

    /** Fixed variables, and a {@code serve} that runs {@code whileServing} (for tests). */
    static CliEnvironment of(Map<String, String> variables, ServingAction whileServing) {
        return new CliEnvironment() {
            @Override
            public String variable(String name) {
                return variables.get(name);
            }

            @Override
            public void serve(AutoCloseable running) throws Exception {
                whileServing.run();
            }
        };
    }

    /** What to do while the authority serves. */
    @FunctionalInterface
    interface ServingAction {
        void run() throws Exception;
    }

    /** A command object that carries the environment its subcommands use. */
    interface Holder {
        CliEnvironment environment();
    }
}
