package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** A name change decision: the new name. */
public final class TransformNameChange extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        set(changes, "fullName", request.getNameChange().getNewFullName());
    }
}
