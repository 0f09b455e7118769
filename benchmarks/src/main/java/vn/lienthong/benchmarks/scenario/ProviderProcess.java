package vn.lienthong.benchmarks.scenario;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.benchmarks.process.Classpaths;
import vn.lienthong.benchmarks.process.JavaProcess;
import vn.lienthong.benchmarks.provider.ProviderMain;
import vn.lienthong.conf.identifier.MemberId;

/** Starts the provider information system ({@link ProviderMain}) in its own JVM, plain or with WS-Security. */
final class ProviderProcess {

    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final String NAME = "provider";

    private ProviderProcess() {
    }

    static URI url(int port) {
        return URI.create("http://127.0.0.1:" + port + ProviderMain.PATH);
    }

    static JavaProcess startPlain(BenchEnvironment env, int port) {
        return start(env, port, List.of());
    }

    /** With WSS4J interceptors, using {@code member}'s key store, trusting the federation's CAs and {@code consumer}. */
    static JavaProcess startSecured(BenchEnvironment env, int port, MemberId member, MemberId consumer) {
        return start(env, port, List.of("--keystore", env.pki().memberKeystore(member).toString(),
                "--accept-signer", env.pki().memberCertificatePem(consumer).toString(),
                "--password-file", env.pki().passwordFile().toString(),
                "--ca", env.pki().rootCertificatePem().toString(),
                "--ca", env.pki().intermediateCertificatePem().toString()));
    }

    private static JavaProcess start(BenchEnvironment env, int port, List<String> security) {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        args.addAll(security);
        JavaProcess provider = JavaProcess.start(NAME, Classpaths.benchmarks(), env.flagsFor(NAME),
                ProviderMain.class.getName(), args, env.logDirectory().resolve(NAME + ".log"));
        try {
            provider.awaitPort(port, START_TIMEOUT);
        } catch (RuntimeException e) {
            provider.close();
            throw e;
        }
        return provider;
    }
}
