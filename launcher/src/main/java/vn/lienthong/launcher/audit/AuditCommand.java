package vn.lienthong.launcher.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lienthong audit}: the auditor's tools over a security server's message log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Search, verify and export a security server's message log; report who accessed a citizen's data.",
        subcommands = {AuditSearchCommand.class, AuditVerifyCommand.class, AuditExportCommand.class, AuditCitizenCommand.class})
public final class AuditCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
