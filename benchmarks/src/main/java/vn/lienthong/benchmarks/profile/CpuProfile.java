package vn.lienthong.benchmarks.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One JVM's CPU samples over a measured window, by {@link CostCategory}, read from async-profiler's collapsed stacks. */
public record CpuProfile(Map<CostCategory, Long> samples, long total) {

    public CpuProfile {
        samples = Collections.unmodifiableMap(new EnumMap<>(samples));
    }

    /**
     * Reads the collapsed format: one line per distinct stack, frames outermost first separated by {@code ;}, then a
     * space and the number of samples.
     *
     * @throws IllegalArgumentException naming the line when one is not in that format
     */
    public static CpuProfile read(Path collapsed) {
        try (Stream<String> lines = Files.lines(collapsed, StandardCharsets.UTF_8)) {
            return of(lines.toList(), collapsed.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the profile " + collapsed, e);
        }
    }

    static CpuProfile of(List<String> lines, String source) {
        Map<CostCategory, Long> samples = new EnumMap<>(CostCategory.class);
        long total = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long count;
            try {
                count = space > 0 ? Long.parseLong(line.substring(space + 1).trim()) : -1;
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0) {
                throw new IllegalArgumentException(source + " line " + lineNo + " is not '<frames> <samples>': " + line);
            }
            CostCategory category = CostCategory.of(Arrays.asList(line.substring(0, space).split(";")));
            samples.merge(category, count, Long::sum);
            total += count;
        }
        return new CpuProfile(samples, total);
    }

    /** The share of the samples charged to {@code category}, 0 when there are none. */
    public double share(CostCategory category) {
        return total == 0 ? 0 : (double) samples.getOrDefault(category, 0L) / total;
    }
}
