package vn.lienthong.launcher.ca;

import java.util.Map;
import vn.lienthong.certs.services.CaServices;
import vn.lienthong.launcher.process.UntilStopped;

/** What the {@code ca} commands take from their process: environment variables, and how {@code serve} waits. */
public interface CaEnvironment {

    /** The value of environment variable {@code name}, or null. */
    String variable(String name);

    /** Blocks while {@code services} serve; they are closed after this returns. */
    void serve(CaServices services) throws Exception;

    /** The process environment; {@code serve} waits for Ctrl-C (a shutdown hook). */
    static CaEnvironment system() {
        return new CaEnvironment() {
            @Override
            public String variable(String name) {
                return System.getenv(name);
            }

            @Override
            public void serve(CaServices services) throws Exception {
                UntilStopped.serve(services, "ca-serve");
            }
        };
    }

    /** Fixed variables, and a {@code serve} that hands the running services to {@code whileServing}. */
    static CaEnvironment of(Map<String, String> variables, ServingAction whileServing) {
        return new CaEnvironment() {
            @Override
            public String variable(String name) {
                return variables.get(name);
            }

            @Override
            public void serve(CaServices services) throws Exception {
                whileServing.accept(services);
            }
        };
    }

    /** What to do while the services run. */
    @FunctionalInterface
    interface ServingAction {
        void accept(CaServices services) throws Exception;
    }
}
