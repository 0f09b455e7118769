package vn.lienthong.routes.provider.npd.operator;

import java.sql.SQLException;
import java.util.stream.Collectors;

import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.routes.provider.npd.update.HeldUpdate;

/**
 * {@code GET /npd-operator/held}: the updates held for review, oldest first. The fields they would change are
 * named, their values left out (personal data); each conflict says which source recorded the value.
 */
final class ListHeldUpdates implements OperatorRequest {

    private final NpdOperator operator;

    ListHeldUpdates(NpdOperator operator) {
        this.operator = operator;
    }

    @Override
    public OperatorAnswer answer(OperatorCall call) throws SQLException {
        Tsv table = new Tsv("UPDATE", "CITIZEN", "SOURCE", "EVENT", "RECEIVED", "CHANGES", "CONFLICTS");
        for (HeldUpdate held : operator.heldUpdates()) {
            table.row(held.updateId(), held.pin(), held.source(), held.eventType(), held.receivedAt(),
                    held.changes().stream().map(FieldChange::path).collect(Collectors.joining(",")),
                    held.conflicts().stream().map(Violation::message).collect(Collectors.joining("; ")));
        }
        return OperatorAnswer.table(table);
    }
}
