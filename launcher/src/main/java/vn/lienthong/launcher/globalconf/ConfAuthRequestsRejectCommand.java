package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienthong.globalconf.authority.StoredRequest;

/** {@code lienthong confauth requests reject ID --reason TEXT}. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Rejects a pending request; the registry does not change.")
final class ConfAuthRequestsRejectCommand extends AuthoritySubcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "the request number (see 'requests list')")
    private long id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, for the requester")
    private String reason;

    @Override
    int execute() {
        StoredRequest rejected = openAuthority().requests().reject(id, reason);
        out().println("Request " + id + " rejected: " + rejected.request().summary());
        return 0;
    }
}
