package vn.lienthong.messagelog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.messagelog.chain.Sha256;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Sha256.of(new byte[] {(byte) i, (byte) (i >> 8)}));
        }
        return out;
    }

    @Test
    void everyLeafProvesItsInclusionForEveryTreeSize() {
        for (int n = 1; n <= 33; n++) {
            List<byte[]> leaves = leaves(n);
            MerkleTree tree = MerkleTree.of(leaves);
            for (int i = 0; i < n; i++) {
                InclusionProof decoded = InclusionProof.decode(tree.proof(i).encode());
                assertThat(decoded.rootFor(leaves.get(i))).as("leaf %d of %d", i, n).isEqualTo(tree.root());
                assertThat(InclusionProof.fromText(decoded.toText()).rootFor(leaves.get(i))).isEqualTo(tree.root());
            }
        }
    }

    @Test
    void aProofDoesNotHoldForAnotherLeafOrPosition() {
        List<byte[]> leaves = leaves(7);
        MerkleTree tree = MerkleTree.of(leaves);

        assertThat(tree.proof(2).rootFor(leaves.get(3))).isNotEqualTo(tree.root());
        assertThat(tree.proof(2).rootFor(Sha256.of(new byte[] {42}))).isNotEqualTo(tree.root());
    }

    @Test
    void theRootOfTwoLeavesFollowsRfc6962() {
        List<byte[]> leaves = leaves(2);
        byte[] left = Sha256.of(new byte[] {0}, leaves.get(0));
        byte[] right = Sha256.of(new byte[] {0}, leaves.get(1));

        assertThat(MerkleTree.of(leaves).root()).isEqualTo(Sha256.of(new byte[] {1}, left, right));
    }
}
