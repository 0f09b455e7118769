package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;

/** A {@code confauth} subcommand that works on the authority in {@code --dir}, opened with its password. */
abstract class AuthoritySubcommand extends CliSubcommand {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the configuration authority's folder")
    Path dir;

    @Mixin
    AuthorityPassword password;

    ConfigurationAuthority openAuthority() {
        if (!ConfigurationAuthority.exists(dir)) {
            throw new CliInputException(dir + " does not hold a configuration authority: create one with"
                    + " 'lienthong confauth init --dir " + dir + " --instance VN', or give its folder with --dir");
        }
        return ConfigurationAuthority.open(dir, password.read(environment()), Clock.systemUTC());
    }
}
