package vn.lienthong.launcher.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lienthong keys delete}: removes a key that is not active. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a key and its certificate from the token; an active key must be disabled or replaced first.")
final class DeleteKeyCommand extends KeySubcommand {

    @Option(names = "--key", required = true, paramLabel = "ALIAS", description = "the key (see keys list)")
    String alias;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        workspace.manager().delete(alias);
        out().println("Key " + alias + " is deleted.");
    }
}
