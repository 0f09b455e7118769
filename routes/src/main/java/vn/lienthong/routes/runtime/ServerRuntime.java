package vn.lienthong.routes.runtime;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.local.LocalServices;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.globalconf.client.GlobalConfSource;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.wss.MessageProtector;
import vn.lienthong.security.wss.MessageVerifier;
import vn.lienthong.routes.transport.ProviderSystemClient;
import vn.lienthong.routes.transport.ServerProxyClient;

/**
 * Everything the proxy steps of one security server need, built once at start: its configuration, the
 * federation's, its keys, its message security and transport clients, its message log, and the permits its
 * messages take to compute.
 */
public record ServerRuntime(
        ServerConf conf,
        GlobalConfSource globalConfSource,
        LocalServices services,
        Map<MemberId, SigningCredential> memberKeys,
        TokenKeys tokenKeys,
        MessageProtector protector,
        MessageVerifier verifier,
        ServerProxyClient serverProxyClient,
        ProviderSystemClient providerClient,
        MessageLog messageLog,
        CpuPermits cpuPermits,
        Clock clock) {

    public ServerRuntime {
        memberKeys = Map.copyOf(memberKeys);
    }

    /** The global configuration in force now (it changes when a new one has been downloaded). */
    public GlobalConf global() {
        return globalConfSource.current();
    }

    /**
     * The signing (and decryption) key of a member this server acts for: the active key of the managed
     * token when there is one, else the key store named in server.properties.
     */
    public Optional<SigningCredential> memberKey(MemberId member) {
        return tokenKeys.signing(member).or(() -> Optional.ofNullable(memberKeys.get(member)));
    }

    /** The certificate a member publishes for message encryption. */
    public Optional<X509Certificate> memberCertificate(MemberId member) {
        return global().member(member).map(m -> m.certificate());
    }
}
