package vn.lienthong.messagelog.write;

import java.util.Optional;

/**
 * The result of one stamping round: how many entries and batches got a token, and the failure that ended the round
 * early, if any (entries stamped before the failure stay stamped).
 */
public record StampOutcome(int entriesStamped, int batches, Optional<String> failure) {

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
