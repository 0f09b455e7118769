package vn.lienthong.launcher.globalconf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.ManagementRequestClient;
import vn.lienthong.globalconf.request.RequestDocument;
import vn.lienthong.globalconf.request.SignedManagementRequest;

/**
 * What every {@code globalconf request} subcommand shares: where the authority is, the member's signing key
 * (PKCS#12), the server the request is about; signs the request and submits it.
 */
abstract class RequestSubcommand extends CliSubcommand {

    static final String DEFAULT_ALIAS = "signing";

    /** The authority: from an anchor, or a URL given directly. */
    static final class Authority {
        @Option(names = "--anchor", paramLabel = "FILE", description = "the configuration anchor (names the authority)")
        Path anchor;

        @Option(names = "--authority", paramLabel = "URL",
                description = "the authority's management request URL, e.g. http://host:8090/managementrequests")
        String url;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Authority authority;

    @Option(names = "--keystore", required = true, paramLabel = "P12",
            description = "the member's signing key store (PKCS#12)")
    Path keystore;

    @Option(names = "--alias", defaultValue = DEFAULT_ALIAS, paramLabel = "NAME",
            description = "the key entry (default: ${DEFAULT-VALUE})")
    String alias;

    @Option(names = "--member", paramLabel = "ID",
            description = "the requesting member (default: the member named by the signing certificate)")
    String member;

    @Option(names = "--server", required = true, paramLabel = "ID",
            description = "the security server, INSTANCE/CLASS/MEMBER/SERVERCODE")
    String server;

    @Mixin
    KeystorePassword password;

    /** The request to send, on behalf of {@code requester} about {@code serverId}. */
    abstract ManagementRequest request(MemberId requester, SecurityServerId serverId);

    @Override
    final int execute() throws IOException {
        if (!Files.isRegularFile(keystore)) {
            throw new CliInputException("--keystore " + keystore + " does not exist: give the member's PKCS#12 file");
        }
        Pkcs12.KeyEntry key = Pkcs12.read(keystore, alias, password.read(environment()));
        MemberId requester = member != null ? Arguments.parse("--member", member, MemberId::parse)
                : CertificateProfile.memberOf(key.certificate()).orElseThrow(() -> new CliInputException(
                        "the certificate in " + keystore + " names no member: give --member INSTANCE/CLASS/CODE"));
        ManagementRequest request = request(requester, Arguments.parse("--server", server, SecurityServerId::parse));
        SignedManagementRequest signed = SignedManagementRequest.sign(new RequestDocument(request, Instant.now()),
                key.privateKey(), key.chain());
        long id = new ManagementRequestClient(endpoint()).submit(signed);
        out().println("Request " + id + " submitted: " + request.summary());
        out().println("It takes effect when the authority approves it ('lienthong confauth requests approve " + id
                + "') and the next configuration is downloaded.");
        return 0;
    }

    private URI endpoint() {
        if (authority.url != null) {
            return Arguments.url("--authority", authority.url);
        }
        return ConfigurationAnchor.read(authority.anchor).managementRequestUrl();
    }
}
