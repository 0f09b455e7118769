package vn.lienthong.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.launcher.demo.DemoFederation;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.DemoSmoke;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.launcher.process.UntilStopped;

/** {@code lienthong demo [--smoke]}: the demo federation of Decision 1911 on loopback. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts the demo federation on loopback: a demo PKI (made at first run), the security servers of",
                "the Ministry of Public Security (NPD), the Government Office (National Public Service Portal),",
                "Hà Nội People's Committee, the Ministry of Justice and Vietnam Social Security, the NPD's provider",
                "information system, and the source databases that feed it through the bus (civil status, residence,",
                "citizen identity, health insurance). Serves until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--smoke", description = "run a scripted set of exchanges, print the transcript, and exit (non-zero if any fails)")
    private boolean smoke;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "demo-work",
            description = "where the demo keeps its PKI, configuration and databases (default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--keys", defaultValue = "RSA_2048",
            description = "key algorithm for a new demo PKI: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private KeyAlgorithm keys;

    @Override
    public Integer call() throws Exception {
        DemoWorkspace workspace = new DemoWorkspace(work, DemoPorts.standard());
        DemoFederation federation = DemoFederation.start(workspace, keys, Clock.systemUTC());
        if (smoke) {
            try (federation) {
                List<DemoSmoke.Step> steps = new DemoSmoke(federation).run();
                System.out.println();
                DemoSmoke.print(steps, System.out);
                return steps.stream().allMatch(DemoSmoke.Step::passed) ? 0 : 1;
            }
        }
        System.out.println();
        System.out.println("LienThong demo federation (instance VN) is serving; its files are in " + workspace.root());
        System.out.printf("%-52s %-32s %s%n", "who", "what", "where");
        for (String[] row : federation.endpoints()) {
            System.out.printf("%-52s %-32s %s%n", row[0], row[1], row[2]);
        }
        System.out.println("Try: curl http://127.0.0.1:" + workspace.ports().portalClientProxy() + "/listClients   (README.md shows a getCitizen call.) Ctrl-C stops the demo.");
        UntilStopped.serve(federation, "demo");
        return 0;
    }
}
