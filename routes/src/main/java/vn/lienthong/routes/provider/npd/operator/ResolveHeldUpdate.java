package vn.lienthong.routes.provider.npd.operator;

import java.sql.SQLException;
import java.util.stream.Collectors;

import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.update.UpdateOutcome;

/**
 * {@code POST /npd-operator/held/accept} and {@code .../reject}, form parameters {@code updateId},
 * {@code operator} and {@code note}: the operator's decision on one held update, recorded with who took it
 * and why (Decree 37/2021). Answers the update's outcome in one line.
 */
final class ResolveHeldUpdate implements OperatorRequest {

    enum Decision { ACCEPT, REJECT }

    private final NpdOperator operator;
    private final Decision decision;

    ResolveHeldUpdate(NpdOperator operator, Decision decision) {
        this.operator = operator;
        this.decision = decision;
    }

    @Override
    public OperatorAnswer answer(OperatorCall call) throws SQLException {
        String updateId = call.required("updateId", "the held update's id");
        String by = call.required("operator", "who decides, for the record");
        String note = call.required("note", "why, for the record: whom the operator checked with");
        UpdateOutcome outcome = decision == Decision.ACCEPT
                ? operator.accept(updateId, by, note) : operator.reject(updateId, by, note);
        return OperatorAnswer.ok(describe(outcome));
    }

    private static String describe(UpdateOutcome outcome) {
        StringBuilder line = new StringBuilder("update ").append(outcome.updateId()).append(": ").append(outcome.status());
        if (outcome.versionNo() != null) {
            line.append(", version ").append(outcome.versionNo()).append(" of citizen ").append(outcome.pin());
        }
        if (!outcome.violations().isEmpty()) {
            line.append(" (").append(outcome.violations().stream().map(Violation::toString)
                    .collect(Collectors.joining("; "))).append(')');
        }
        return line.toString();
    }
}
