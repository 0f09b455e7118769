package vn.lienthong.messagelog.merkle;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.messagelog.chain.Sha256;

/**
 * The Merkle tree of one time-stamped batch, shaped as in RFC 6962 section 2.1: leaf = SHA-256(0x00 || entry hash),
 * node = SHA-256(0x01 || left || right), a list of n > 1 leaves splits at the largest power of two below n.
 * The root is the message imprint of the batch's RFC 3161 token.
 */
public final class MerkleTree {

    private final byte[] root;
    private final List<InclusionProof> proofs;

    private MerkleTree(byte[] root, List<InclusionProof> proofs) {
        this.root = root;
        this.proofs = proofs;
    }

    /** Builds the tree over {@code entryHashes} (in entry order) with every leaf's inclusion proof, in O(n log n). */
    public static MerkleTree of(List<byte[]> entryHashes) {
        if (entryHashes.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        List<List<InclusionProof.Step>> steps = new ArrayList<>(entryHashes.size());
        for (int i = 0; i < entryHashes.size(); i++) {
            steps.add(new ArrayList<>());
        }
        byte[] root = subtree(entryHashes, 0, entryHashes.size(), steps);
        List<InclusionProof> proofs = new ArrayList<>(steps.size());
        for (List<InclusionProof.Step> s : steps) {
            proofs.add(new InclusionProof(s));
        }
        return new MerkleTree(root, List.copyOf(proofs));
    }

    public byte[] root() {
        return root.clone();
    }

    public InclusionProof proof(int leafIndex) {
        return proofs.get(leafIndex);
    }

    public int size() {
        return proofs.size();
    }

    static byte[] leafHash(byte[] entryHash) {
        return Sha256.of(new byte[] {0x00}, entryHash);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.of(new byte[] {0x01}, left, right);
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to, List<List<InclusionProof.Step>> steps) {
        int n = to - from;
        if (n == 1) {
            return leafHash(leaves.get(from));
        }
        int split = Integer.highestOneBit(n - 1);
        byte[] left = subtree(leaves, from, from + split, steps);
        byte[] right = subtree(leaves, from + split, to, steps);
        for (int i = from; i < from + split; i++) {
            steps.get(i).add(new InclusionProof.Step(false, right));
        }
        for (int i = from + split; i < to; i++) {
            steps.get(i).add(new InclusionProof.Step(true, left));
        }
        return nodeHash(left, right);
    }
}
