package vn.lienthong.launcher.npd;

import picocli.CommandLine.Command;

/** {@code lienthong npd held reject ID --operator NAME --note TEXT}. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Rejects a held update: the citizen's record stays as it is.")
final class HeldRejectCommand extends HeldDecisionCommand {

    @Override
    String decision() {
        return "reject";
    }
}
