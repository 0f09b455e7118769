package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** A death registration: the date of death (Art. 9.24). */
public final class TransformDeathRegistration extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        set(changes, "dateOfDeath", request.getDeathRegistration().getDateOfDeath());
    }
}
