package vn.lienthong.routes.provider.npd.operator;

/**
 * {@code POST /npd-operator/dead-letters/replay}: puts the dead letter {@code messageId} back on the queue it
 * failed on, or every dead letter with {@code all=true}.
 */
final class ReplayDeadLetters implements OperatorRequest {

    private final NpdOperator operator;

    ReplayDeadLetters(NpdOperator operator) {
        this.operator = operator;
    }

    @Override
    public OperatorAnswer answer(OperatorCall call) {
        if ("true".equals(call.optional("all"))) {
            return OperatorAnswer.ok("replayed " + operator.replayAll() + " dead letter(s)");
        }
        String messageId = call.required("messageId", "the dead letter's message id, or all=true");
        if (!operator.replay(messageId)) {
            return OperatorAnswer.line(404, "no dead letter " + messageId + " is in the dead-letter queue");
        }
        return OperatorAnswer.ok("replayed " + messageId + " to its queue");
    }
}
