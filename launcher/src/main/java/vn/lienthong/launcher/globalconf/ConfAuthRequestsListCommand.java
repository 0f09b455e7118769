package vn.lienthong.launcher.globalconf;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ManagementRequests;
import vn.lienthong.globalconf.authority.StoredRequest;

/** {@code lienthong confauth requests list [--all]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists pending management requests (with --all: decided ones too), oldest first.")
final class ConfAuthRequestsListCommand extends AuthoritySubcommand {

    @Option(names = "--all", description = "also approved and rejected requests")
    private boolean all;

    @Override
    int execute() {
        ManagementRequests requests = openAuthority().requests();
        List<StoredRequest> shown = all ? requests.all() : requests.pending();
        if (shown.isEmpty()) {
            out().println(all ? "No management requests." : "No pending management requests.");
            return 0;
        }
        out().printf("%-5s %-9s %-20s %-24s %s%n", "ID", "STATUS", "SUBMITTED", "REQUESTER", "REQUEST");
        for (StoredRequest r : shown) {
            out().printf("%-5d %-9s %-20s %-24s %s%s%n", r.id(), r.status(), r.submittedAt().toString().substring(0, 19),
                    r.request().requester(), r.request().summary(),
                    r.rejectionReason() == null ? "" : " (rejected: " + r.rejectionReason() + ")");
        }
        return 0;
    }
}
