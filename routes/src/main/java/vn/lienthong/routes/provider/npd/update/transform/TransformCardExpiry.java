package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** An identity card that expired or was withdrawn: its expiry date, naming the card it concerns. */
public final class TransformCardExpiry extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        set(changes, "identityCard.number", request.getCardExpiry().getCardNumber());
        set(changes, "identityCard.expiryDate", request.getCardExpiry().getExpiredOn());
    }
}
