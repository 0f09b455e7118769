package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** A health insurance enrolment of the medical / insurance database: the insurance number (Art. 9.26). */
public final class TransformHealthInsuranceEnrolment extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        set(changes, "healthInsuranceNumber", request.getHealthInsuranceEnrolment().getInsuranceNumber());
    }
}
