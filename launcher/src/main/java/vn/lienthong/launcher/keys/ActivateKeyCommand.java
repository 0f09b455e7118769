package vn.lienthong.launcher.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyRecord;

/** {@code lienthong keys activate}: makes a key the one its purpose uses, replacing the active one. */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Makes a key with an imported certificate the active key of its purpose; the previous one stays in the token.")
final class ActivateKeyCommand extends KeySubcommand {

    @Option(names = "--key", required = true, paramLabel = "ALIAS", description = "the key (see keys list)")
    String alias;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        KeyRecord key = workspace.manager().activate(alias);
        out().println("Key " + key.alias() + " is now the active key for " + key.purpose() + ".");
    }
}
