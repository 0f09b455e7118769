package vn.lienthong.messagelog.asic;

import java.io.IOException;
import java.util.HexFormat;
import vn.lienthong.messagelog.store.BatchRecord;

/**
 * The files that carry one time-stamped batch: {@code merkle-root.hex} (the imprint of the token) and
 * {@code timestamp.tst} (the DER RFC 3161 token), checkable with
 * {@code openssl ts -verify -in timestamp.tst -token_in -digest $(cat merkle-root.hex) -CAfile tsa-root.pem -untrusted tsa.pem}.
 */
public final class BatchFiles {

    public static final String ROOT = "merkle-root.hex";
    public static final String TOKEN = "timestamp.tst";

    private BatchFiles() {
    }

    public static void write(AsicWriter asic, String folder, BatchRecord batch) throws IOException {
        asic.add(folder + ROOT, HexFormat.of().formatHex(batch.merkleRoot()) + "\n", "text/plain");
        asic.add(folder + TOKEN, batch.token(), "application/timestamp-reply");
    }
}
