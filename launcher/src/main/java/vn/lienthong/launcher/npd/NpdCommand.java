package vn.lienthong.launcher.npd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong npd}: the NPD operator's tools, over the NPD provider's loopback operator endpoint. */
@Command(name = "npd", mixinStandardHelpOptions = true,
        description = {"The National Population Database operator's tools: review the updates held",
                "for conflicting with another source (Decree 37/2021), and inspect and replay",
                "the dead-letter queue. They talk to the NPD provider's operator endpoint on",
                "this host (--url; default: the demo's)."},
        subcommands = {HeldCommand.class, DeadLettersCommand.class})
public final class NpdCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
