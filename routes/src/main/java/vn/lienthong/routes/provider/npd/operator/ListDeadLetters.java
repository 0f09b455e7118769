package vn.lienthong.routes.provider.npd.operator;

import vn.lienthong.routes.provider.messaging.DeadLetter;

/** {@code GET /npd-operator/dead-letters}: the messages past the redelivery bound, without their bodies. */
final class ListDeadLetters implements OperatorRequest {

    private final NpdOperator operator;

    ListDeadLetters(NpdOperator operator) {
        this.operator = operator;
    }

    @Override
    public OperatorAnswer answer(OperatorCall call) {
        Tsv table = new Tsv("MESSAGE", "QUEUE", "DELIVERIES", "SENT", "KEY");
        for (DeadLetter letter : operator.deadLetters()) {
            table.row(letter.messageId(), letter.originQueue(), letter.deliveryCount(), letter.sentAt(), letter.key());
        }
        return OperatorAnswer.table(table);
    }
}
