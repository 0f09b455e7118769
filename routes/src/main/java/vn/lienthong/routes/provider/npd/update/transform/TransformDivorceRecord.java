package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** A divorce in force: marital status DIVORCED, the spouse no longer named. */
public final class TransformDivorceRecord extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        set(changes, "maritalStatus", "DIVORCED");
        set(changes, "spouse.fullName", null);
    }
}
