package vn.lienthong.messagelog.verify;

/**
 * One broken link, precisely located.
 *
 * @param entryNumber the entry concerned, or 0 when the finding is about a batch or an archive file as a whole
 * @param where       a human-readable location ("entry 17", "batch 3 (entries 1..250)", "archive file x.asice")
 */
public record Finding(Problem problem, long entryNumber, String where, String detail) {

    @Override
    public String toString() {
        return where + ": " + problem + ": " + detail;
    }
}
