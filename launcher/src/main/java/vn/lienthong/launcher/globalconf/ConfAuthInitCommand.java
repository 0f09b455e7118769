package vn.lienthong.launcher.globalconf;

import java.time.Clock;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;

/** {@code lienthong confauth init}: a new authority with an empty registry and a first signing key. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a configuration authority in DIR: an empty registry and a first signing key (EC P-256).")
final class ConfAuthInitCommand extends AuthoritySubcommand {

    @Option(names = "--instance", required = true, paramLabel = "ID", description = "the instance, e.g. VN")
    private String instance;

    @Override
    int execute() {
        ConfigurationAuthority authority = ConfigurationAuthority.init(dir, instance, password.read(environment()),
                Clock.systemUTC());
        out().println("Configuration authority for instance " + instance + " created in " + authority.directory());
        out().println("  signing key: " + authority.keys().signingKey(Instant.now()).keyId());
        out().println("Next: 'confauth ca add', 'confauth member add', then 'confauth publish' and 'confauth anchor'.");
        return 0;
    }
}
