package vn.lienthong.benchmarks.limit;

import java.util.List;

/**
 * One line of the per-round-trip count: a primitive, where in the message path it happens, and the size of
 * each input it runs on (one entry per occurrence; 0 where size does not matter).
 */
public record CountedOperation(Primitive primitive, String step, List<Integer> inputBytes) {

    public CountedOperation {
        inputBytes = List.copyOf(inputBytes);
    }

    public int count() {
        return inputBytes.size();
    }
}
