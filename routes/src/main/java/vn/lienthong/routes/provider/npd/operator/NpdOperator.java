package vn.lienthong.routes.provider.npd.operator;

import java.sql.SQLException;
import java.util.List;

import vn.lienthong.routes.provider.messaging.DeadLetter;
import vn.lienthong.routes.provider.messaging.DeadLetterQueue;
import vn.lienthong.routes.provider.npd.update.HeldUpdate;
import vn.lienthong.routes.provider.npd.update.UnknownUpdateException;
import vn.lienthong.routes.provider.npd.update.UpdateApplier;
import vn.lienthong.routes.provider.npd.update.UpdateNotHeldException;
import vn.lienthong.routes.provider.npd.update.UpdateOutcome;

/**
 * What an NPD operator does by hand: review the updates held for conflicting with another source
 * (Decree 37/2021: after checking with the civil-status agency or the citizen, accept or reject each),
 * and inspect and replay the notifications that ended in the dead-letter queue.
 */
public final class NpdOperator {

    private final UpdateApplier updates;
    private final DeadLetterQueue deadLetters;

    public NpdOperator(UpdateApplier updates, DeadLetterQueue deadLetters) {
        this.updates = updates;
        this.deadLetters = deadLetters;
    }

    public List<HeldUpdate> heldUpdates() throws SQLException {
        return updates.held();
    }

    /**
     * Applies a held update over its conflicts.
     *
     * @throws UnknownUpdateException when no such update was received
     * @throws UpdateNotHeldException when it is not held (any more)
     */
    public UpdateOutcome accept(String updateId, String operator, String note) throws SQLException {
        return updates.accept(updateId, operator, note);
    }

    /**
     * Rejects a held update: the record stays as it is.
     *
     * @throws UnknownUpdateException when no such update was received
     * @throws UpdateNotHeldException when it is not held (any more)
     */
    public UpdateOutcome reject(String updateId, String operator, String note) throws SQLException {
        return updates.reject(updateId, operator, note);
    }

    public List<DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    public boolean replay(String messageId) {
        return deadLetters.replay(messageId);
    }

    public int replayAll() {
        return deadLetters.replayAll();
    }
}
