package vn.lienthong.routes.provider.feeder;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Hands the NPD's answer to the source system; if that fails, the delivery is retried (the NPD answers a repeat the same). */
final class RecordAnswer implements Processor {

    private final UpdateAnswers answers;

    RecordAnswer(UpdateAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        answers.answered(exchange.getIn().getMandatoryBody(UpdateAnswer.class));
    }
}
