package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.CardIssuance;

/** An identity card issued by the citizen identification database (Art. 9.14). */
public final class TransformCardIssuance extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        CardIssuance card = request.getCardIssuance();
        set(changes, "identityCard.number", card.getCardNumber());
        set(changes, "identityCard.kind", card.getCardKind());
        set(changes, "identityCard.issueDate", card.getIssuedOn());
        set(changes, "identityCard.issuePlace", card.getIssuedBy());
        set(changes, "identityCard.expiryDate", card.getExpiresOn());
    }
}
