package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** Canonical changes sent as such: taken over path by path, previous values included. */
public final class TransformFieldChanges extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        request.getChanges().getChange().forEach(c -> changes.add(new FieldChange(c.getPath(), c.getValue(), c.getPreviousValue())));
    }
}
