package vn.lienthong.launcher.globalconf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienthong.conf.identifier.ClientId;

/** {@code lienthong confauth group add CODE --client ID ...}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Sets a global group to exactly the given clients (creating it if new).")
final class ConfAuthGroupAddCommand extends AuthoritySubcommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "the group code, e.g. npd-consumers")
    private String code;

    @Option(names = "--client", paramLabel = "ID", description = "a member or subsystem in the group (repeatable)")
    private List<String> clients = List.of();

    @Override
    int execute() {
        Set<ClientId> members = new HashSet<>();
        for (String c : clients) {
            members.add(Arguments.parse("--client", c, ClientId::parse));
        }
        openAuthority().update(r -> r.withGroup(code, members));
        out().println("Global group " + code + " set to " + members.size() + " client(s).");
        return 0;
    }
}
