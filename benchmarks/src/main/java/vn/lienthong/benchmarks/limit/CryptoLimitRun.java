package vn.lienthong.benchmarks.limit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.security.keys.CredentialLoadException;
import vn.lienthong.security.keys.SigningCredential;

/**
 * Runs scenario L: measures the shape of C's messages, counts C's operations, runs JMH on exactly the
 * primitives and input sizes the count needs (raw JSON kept), and returns the limit.
 */
public final class CryptoLimitRun {

    private CryptoLimitRun() {
    }

    /**
     * Runs JMH once per fork of {@code settings}, each pass over every primitive, so that one primitive's forks lie
     * minutes apart and not one after the other in the same stretch of the host's load; each pass writes its JSON
     * to {@code jmh-pass-N.json} in {@code rawJsonFolder}.
     */
    public static CryptoLimit run(DemoPkiResult pki, JmhSettings settings, Path rawJsonFolder) throws RunnerException {
        SigningCredential consumer = credential(pki, DemoFederationSpec.VPCP);
        SigningCredential provider = credential(pki, DemoFederationSpec.MPS);
        RoundTripShape shape = MessageShapes.measure(consumer, provider,
                pki.serverCertificate(DemoFederationSpec.SS_MPS));
        List<CountedOperation> operations = CryptoCount.ofBusRoundTrip(shape);

        Map<Primitive, Map<Integer, List<Double>>> micros = new EnumMap<>(Primitive.class);
        for (int pass = 1; pass <= settings.forks(); pass++) {
            Path json = rawJsonFolder.resolve("jmh-pass-" + pass + ".json");
            for (RunResult result : new Runner(options(pki, settings, shape, operations, json).build()).run()) {
                String benchmark = result.getParams().getBenchmark();
                for (Primitive primitive : Primitive.values()) {
                    if (primitive.benchmark().equals(benchmark)) {
                        int size = primitive.sized() ? Integer.parseInt(result.getParams().getParam(primitive.sizeParameter())) : 0;
                        micros.computeIfAbsent(primitive, p -> new TreeMap<>())
                                .computeIfAbsent(size, s -> new ArrayList<>())
                                .add(result.getPrimaryResult().getScore());
                    }
                }
            }
        }
        return new CryptoLimit(shape, operations, micros, Runtime.getRuntime().availableProcessors());
    }

    private static ChainedOptionsBuilder options(DemoPkiResult pki, JmhSettings settings, RoundTripShape shape,
                                                 List<CountedOperation> operations, Path json) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(PublicKeyOperations.class.getName()) + ".*")
                .include(Pattern.quote(SymmetricOperations.class.getName()) + ".*")
                .include(Pattern.quote(HashOperations.class.getName()) + ".*")
                .forks(1)
                .threads(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.measurementSeconds()))
                .jvmArgs("-Xmx512m")
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .param("keystore", pki.memberKeystore(DemoFederationSpec.VPCP).toString())
                .param("passwordFile", pki.passwordFile().toString())
                .param("rootCa", pki.rootCertificatePem().toString())
                .param("intermediateCa", pki.intermediateCertificatePem().toString())
                .param("signedInfoBytes", Integer.toString(Math.max(shape.requestSignedInfo(), shape.responseSignedInfo())));
        for (Primitive sized : List.of(Primitive.AES_GCM_ENCRYPT, Primitive.SHA256, Primitive.SHA512)) {
            options.param(sized.sizeParameter(), sizesFor(operations, sized));
        }
        return options;
    }

    /** The measured sizes a primitive's parameter needs (AES encryption and decryption share one parameter). */
    private static String[] sizesFor(List<CountedOperation> operations, Primitive sized) {
        TreeSet<Integer> sizes = new TreeSet<>();
        for (CountedOperation op : operations) {
            if (op.primitive().sizeParameter() != null && op.primitive().sizeParameter().equals(sized.sizeParameter())) {
                op.inputBytes().forEach(b -> sizes.add(Primitive.bucket(b)));
            }
        }
        return sizes.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static SigningCredential credential(DemoPkiResult pki, vn.lienthong.conf.identifier.MemberId member) {
        try {
            return SigningCredential.fromPkcs12(pki.memberKeystore(member), pki.readPassword(), KeyMaterial.ALIAS);
        } catch (CredentialLoadException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the key of " + member + ": " + e.getMessage(), e);
        }
    }
}
