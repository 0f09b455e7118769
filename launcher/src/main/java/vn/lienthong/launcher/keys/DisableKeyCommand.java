package vn.lienthong.launcher.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyRecord;

/** {@code lienthong keys disable}: takes a key out of use. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Takes a key out of use (activate enables it again); an active key's purpose is then without key.")
final class DisableKeyCommand extends KeySubcommand {

    @Option(names = "--key", required = true, paramLabel = "ALIAS", description = "the key (see keys list)")
    String alias;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        KeyRecord key = workspace.manager().disable(alias);
        out().println("Key " + key.alias() + " (" + key.purpose() + ") is disabled.");
    }
}
