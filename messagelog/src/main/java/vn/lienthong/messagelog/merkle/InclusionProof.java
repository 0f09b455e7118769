package vn.lienthong.messagelog.merkle;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.lienthong.messagelog.chain.Sha256;

/**
 * The sibling hashes from one leaf up to the batch root, lowest first. Stored as 33-byte steps: {@code 'L'} or
 * {@code 'R'} (which side the sibling is on) and the sibling hash; written for auditors as one line per step,
 * {@code L <hex>} or {@code R <hex>}.
 */
public record InclusionProof(List<Step> steps) {

    private static final int STEP_BYTES = 1 + Sha256.LENGTH;

    public InclusionProof {
        steps = List.copyOf(steps);
    }

    /** One level of the path: the sibling's hash and whether it is the left operand. */
    public record Step(boolean siblingOnLeft, byte[] sibling) {
    }

    /** The root that this proof yields for an entry hash; it must equal the batch root. */
    public byte[] rootFor(byte[] entryHash) {
        byte[] h = MerkleTree.leafHash(entryHash);
        for (Step s : steps) {
            h = s.siblingOnLeft() ? MerkleTree.nodeHash(s.sibling(), h) : MerkleTree.nodeHash(h, s.sibling());
        }
        return h;
    }

    public byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(steps.size() * STEP_BYTES);
        for (Step s : steps) {
            out.put((byte) (s.siblingOnLeft() ? 'L' : 'R')).put(s.sibling());
        }
        return out.array();
    }

    /** @throws IllegalArgumentException when the bytes are not a sequence of 33-byte steps */
    public static InclusionProof decode(byte[] encoded) {
        if (encoded.length % STEP_BYTES != 0) {
            throw new IllegalArgumentException("an inclusion proof is a multiple of " + STEP_BYTES + " bytes, not " + encoded.length);
        }
        List<Step> steps = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(encoded);
        while (in.hasRemaining()) {
            byte side = in.get();
            if (side != 'L' && side != 'R') {
                throw new IllegalArgumentException("an inclusion proof step starts with L or R");
            }
            byte[] sibling = new byte[Sha256.LENGTH];
            in.get(sibling);
            steps.add(new Step(side == 'L', sibling));
        }
        return new InclusionProof(steps);
    }

    /**
     * Parses {@link #toText()}.
     *
     * @throws IllegalArgumentException on a line that is not {@code L <hex>} or {@code R <hex>}
     */
    public static InclusionProof fromText(String text) {
        List<Step> steps = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            if (parts.length != 2 || !(parts[0].equals("L") || parts[0].equals("R"))) {
                throw new IllegalArgumentException("bad inclusion proof line: " + line);
            }
            steps.add(new Step(parts[0].equals("L"), HexFormat.of().parseHex(parts[1])));
        }
        return new InclusionProof(steps);
    }

    /** One line per step, lowest first: {@code L <hex>} (sibling on the left) or {@code R <hex>}. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            b.append(s.siblingOnLeft() ? 'L' : 'R').append(' ').append(HexFormat.of().formatHex(s.sibling())).append('\n');
        }
        return b.toString();
    }
}
