package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import vn.lienthong.globalconf.authority.PublishedBundle;

/** {@code lienthong confauth publish}: one signed bundle of the registry as it is now. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publishes the registry as a new signed bundle in DIR/published.",
                "'confauth serve' republishes by itself every download interval."})
final class ConfAuthPublishCommand extends AuthoritySubcommand {

    @Override
    int execute() {
        PublishedBundle bundle = openAuthority().publish();
        out().println("Published version " + bundle.version() + ", valid until " + bundle.expiresAt()
                + ", signed by key " + bundle.signingKeyId());
        out().println("  " + bundle.folder());
        return 0;
    }
}
