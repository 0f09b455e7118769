package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.lienthong.globalconf.authority.StoredRequest;

/** {@code lienthong confauth requests approve ID}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approves a pending request: the registry changes, and the next bundle carries the change.")
final class ConfAuthRequestsApproveCommand extends AuthoritySubcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "the request number (see 'requests list')")
    private long id;

    @Override
    int execute() {
        StoredRequest approved = openAuthority().requests().approve(id);
        out().println("Request " + id + " approved: " + approved.request().summary());
        return 0;
    }
}
