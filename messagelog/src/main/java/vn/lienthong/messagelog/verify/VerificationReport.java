package vn.lienthong.messagelog.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a verification run checked and what it found. Findings are kept in the order met, which is entry order, so
 * the first finding is the first broken link. At most {@link #MAX_FINDINGS} are kept; the count goes on.
 */
public final class VerificationReport {

    public static final int MAX_FINDINGS = 1000;

    private final List<Finding> findings = new ArrayList<>();
    private long findingCount;
    private long entries;
    private long batches;
    private long signaturesVerified;
    private long unsigned;
    private long unstamped;
    private long archives;
    private final List<String> notes = new ArrayList<>();

    void add(Finding f) {
        findingCount++;
        if (findings.size() < MAX_FINDINGS) {
            findings.add(f);
        }
    }

    void entryChecked() { entries++; }
    void batchChecked() { batches++; }
    void signatureVerified() { signaturesVerified++; }
    void unsignedMessage() { unsigned++; }
    void unstampedEntry() { unstamped++; }
    void archiveChecked() { archives++; }
    void note(String note) { notes.add(note); }

    public boolean ok() {
        return findingCount == 0;
    }

    public Optional<Finding> firstBrokenLink() {
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0));
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public long findingCount() { return findingCount; }
    public long entries() { return entries; }
    public long batches() { return batches; }
    public long signaturesVerified() { return signaturesVerified; }
    public long unsigned() { return unsigned; }
    public long unstamped() { return unstamped; }
    public long archives() { return archives; }
    public List<String> notes() { return Collections.unmodifiableList(notes); }

    /** One line: what was checked. */
    public String summary() {
        return entries + " entries, " + batches + " time-stamped batches, " + signaturesVerified + " signatures"
                + (archives > 0 ? ", " + archives + " archive containers" : "")
                + (unsigned > 0 ? "; " + unsigned + " unsigned messages" : "")
                + (unstamped > 0 ? "; " + unstamped + " entries not yet time-stamped" : "")
                + (ok() ? "; all verified" : "; " + findingCount + " problems");
    }
}
