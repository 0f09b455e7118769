package vn.lienthong.launcher.globalconf;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.KeyRotation;

/** {@code lienthong confauth key rotate [--transition S]}. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = {"Starts a signing key rotation: a new key is published at once (signed by the old one) and",
                "signs from the end of the transition. Servers with the old anchor learn it in between."})
final class ConfAuthKeyRotateCommand extends AuthoritySubcommand {

    @Option(names = "--transition", paramLabel = "S",
            description = "seconds until the new key signs (default: twice the configuration validity)")
    private Long transitionSeconds;

    @Override
    int execute() {
        ConfigurationAuthority authority = openAuthority();
        Duration transition = transitionSeconds != null ? Duration.ofSeconds(transitionSeconds)
                : authority.registry().settings().configurationValidity().multipliedBy(2);
        if (transition.compareTo(authority.registry().settings().configurationValidity()) < 0) {
            throw new CliInputException("a transition of " + transition.toSeconds() + " s is shorter than the"
                    + " configuration validity (" + authority.registry().settings().configurationValidity().toSeconds()
                    + " s): servers would miss the new key; give at least that");
        }
        KeyRotation rotation = authority.rotateSigningKey(transition);
        out().println("New signing key " + rotation.newKeyId() + " published from the next bundle; it signs from "
                + rotation.activatesAt() + ". Keep 'confauth serve' running through the transition.");
        return 0;
    }
}
