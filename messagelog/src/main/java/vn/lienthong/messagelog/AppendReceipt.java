package vn.lienthong.messagelog;

import java.util.HexFormat;

/** Proof for the caller that its record is durable: the entry number in this server's chain and the entry's hash. */
public record AppendReceipt(long entryNumber, byte[] entryHash) {

    @Override
    public String toString() {
        return "AppendReceipt[entry " + entryNumber + ", hash " + HexFormat.of().formatHex(entryHash) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppendReceipt r && r.entryNumber == entryNumber && java.util.Arrays.equals(r.entryHash, entryHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(entryNumber);
    }
}
