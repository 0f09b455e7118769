package vn.lienthong.messagelog.verify;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;
import vn.lienthong.messagelog.timestamp.TimeStampVerificationException;

/** Checks each batch's token once (imprint = root, signature, TSA chain) and remembers the verdict. */
final class BatchTokens {

    private static final int REMEMBERED = 64;

    private final TimeStampTokenVerifier verifier;
    private final VerificationReport report;
    private final Map<String, Boolean> verdicts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    BatchTokens(TimeStampTokenVerifier verifier, VerificationReport report) {
        this.verifier = verifier;
        this.report = report;
    }

    /** @param where names the batch, e.g. "batch 3 (entries 1..250)"; it is also the cache key */
    boolean check(String where, byte[] token, byte[] root) {
        String key = where + "/" + HexFormat.of().formatHex(root);
        Boolean verdict = verdicts.get(key);
        if (verdict != null) {
            return verdict;
        }
        boolean ok;
        try {
            verifier.verify(token, root);
            report.batchChecked();
            ok = true;
        } catch (TimeStampVerificationException e) {
            report.add(new Finding(Problem.TOKEN_INVALID, 0, where, e.getMessage()));
            ok = false;
        }
        verdicts.put(key, ok);
        return ok;
    }
}
