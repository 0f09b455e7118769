package vn.lienthong.launcher.npd;

import picocli.CommandLine.Command;

/** {@code lienthong npd held accept ID --operator NAME --note TEXT}. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Applies a held update over its conflicts (the record's rules still apply:",
                "it may end REJECTED). Prints the outcome: status, and the citizen's new",
                "version."})
final class HeldAcceptCommand extends HeldDecisionCommand {

    @Override
    String decision() {
        return "accept";
    }
}
