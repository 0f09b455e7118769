package vn.lienthong.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.limit.CountedOperation;
import vn.lienthong.benchmarks.limit.CryptoLimit;

/** The raw figures behind results.md: one CSV row per measured point, one per counted crypto operation. */
public final class RawData {

    private RawData() {
    }

    public static void writePoints(Path file, List<ScenarioResult> scenarios) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("scenario,concurrency,round_trips,errors,window_s,throughput_per_s,p50_ms,p90_ms,p99_ms,max_ms,"
                + "cpu_ms_per_round_trip,cpu_ms_per_round_trip_by_process,jit_share");
        for (ScenarioResult s : scenarios) {
            for (PointMeasurement p : s.points()) {
                String byProcess = p.cpuNanos().keySet().stream()
                        .map(name -> name + "=" + Format.num(p.cpuMillisPerRoundTrip(name), 3))
                        .collect(Collectors.joining(";"));
                lines.add(String.join(",", s.id(), Integer.toString(p.concurrency()), Long.toString(p.roundTrips()),
                        Long.toString(p.errors()), Format.num(p.windowNanos() / 1e9, 3),
                        Format.num(p.throughputPerSecond(), 2), Format.num(p.latencyMillis(50), 3),
                        Format.num(p.latencyMillis(90), 3), Format.num(p.latencyMillis(99), 3),
                        Format.num(p.latencyMillis(100), 3), Format.num(p.cpuMillisPerRoundTrip(), 3), byProcess,
                        Format.num(p.jitShare(), 3)));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static void writeCryptoCount(Path file, CryptoLimit limit) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("step,primitive,count,input_bytes,us_total");
        for (CountedOperation op : limit.operations()) {
            lines.add(String.join(",", quote(op.step()), quote(op.primitive().label()), Integer.toString(op.count()),
                    op.inputBytes().stream().map(String::valueOf).collect(Collectors.joining(";")),
                    Format.num(limit.micros(op), 2)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
