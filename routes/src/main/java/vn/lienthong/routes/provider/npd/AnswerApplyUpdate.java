package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.update.UpdateOutcome;
import vn.lienthong.wsdl.npd.update.ApplyUpdateResponse;
import vn.lienthong.wsdl.npd.update.ObjectFactory;
import vn.lienthong.wsdl.npd.update.UpdateStatus;

/** Writes the applyUpdate response: status, whether it was a repeat, the number (issued at birth), the version, the violations. */
final class AnswerApplyUpdate implements Processor {

    private static final ObjectFactory FACTORY = new ObjectFactory();

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        UpdateOutcome outcome = exchange.getIn().getMandatoryBody(UpdateOutcome.class);
        ApplyUpdateResponse response = new ApplyUpdateResponse();
        response.setUpdateId(outcome.updateId());
        response.setStatus(UpdateStatus.fromValue(outcome.status().name()));
        response.setDuplicate(outcome.duplicate());
        response.setPersonalIdentificationNumber(outcome.pin());
        response.setVersionNo(outcome.versionNo());
        for (Violation violation : outcome.violations()) {
            vn.lienthong.wsdl.npd.update.Violation element = new vn.lienthong.wsdl.npd.update.Violation();
            element.setCode(violation.code().code());
            element.setPath(violation.path());
            element.setMessage(violation.message());
            response.getViolation().add(element);
        }
        exchange.getIn().setBody(FACTORY.createApplyUpdateResponse(response));
    }
}
