package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.identifier.MemberId;

/** {@code lienthong confauth member add VN/GOV/MPS --name ...}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Registers a member, with its subsystems and (for encryption to it) its member certificate.")
final class ConfAuthMemberAddCommand extends AuthoritySubcommand {

    @Parameters(index = "0", paramLabel = "MEMBER", description = "the member, INSTANCE/CLASS/CODE, e.g. VN/GOV/MPS")
    private String member;

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "the member's name")
    private String name;

    @Option(names = "--subsystem", paramLabel = "CODE", description = "a subsystem code (repeatable)")
    private List<String> subsystems = List.of();

    @Option(names = "--certificate", paramLabel = "PEM", description = "the member's signing certificate")
    private Path certificate;

    @Override
    int execute() {
        MemberId id = Arguments.parse("MEMBER", member, MemberId::parse);
        X509Certificate cert = certificate == null ? null : Arguments.certificate("--certificate", certificate);
        for (String code : subsystems) {
            Arguments.parse("--subsystem", code, id::subsystem);
        }
        openAuthority().update(r -> r.withMember(new MemberInfo(id, name, new HashSet<>(subsystems), cert)));
        out().println("Member " + id + " (" + name + ") registered; it goes out with the next 'confauth publish'.");
        return 0;
    }
}
