package vn.lienthong.messagelog.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The stored form of a batch's leaves: its entries' 32-byte hashes, concatenated in entry order. */
final class BatchLeaves {

    static final int HASH_LENGTH = 32;

    private BatchLeaves() {
    }

    static byte[] join(List<byte[]> entryHashes) {
        byte[] out = new byte[entryHashes.size() * HASH_LENGTH];
        for (int i = 0; i < entryHashes.size(); i++) {
            byte[] hash = entryHashes.get(i);
            if (hash.length != HASH_LENGTH) {
                throw new IllegalArgumentException("entry hash " + i + " has " + hash.length + " bytes, not " + HASH_LENGTH);
            }
            System.arraycopy(hash, 0, out, i * HASH_LENGTH, HASH_LENGTH);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException when {@code joined} does not hold exactly {@code count} hashes
     */
    static List<byte[]> split(byte[] joined, int count) {
        if (joined == null) {
            throw new IllegalArgumentException("the batch holds no entry hashes");
        }
        if (joined.length != count * HASH_LENGTH) {
            throw new IllegalArgumentException("the batch holds " + joined.length + " bytes of entry hashes, not "
                    + count + " x " + HASH_LENGTH);
        }
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Arrays.copyOfRange(joined, i * HASH_LENGTH, (i + 1) * HASH_LENGTH));
        }
        return out;
    }
}
