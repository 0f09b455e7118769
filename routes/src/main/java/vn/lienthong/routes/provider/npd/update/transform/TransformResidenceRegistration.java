package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.ResidenceKind;
import vn.lienthong.wsdl.npd.update.ResidenceRegistration;

/**
 * A residence registration of the residence database: the permanent or temporary residence, which also
 * becomes the current residence; a permanent one carries the residence file and the household.
 */
public final class TransformResidenceRegistration extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        ResidenceRegistration residence = request.getResidenceRegistration();
        boolean permanent = residence.getKind() == ResidenceKind.PERMANENT;
        place(changes, permanent ? "permanentResidence" : "temporaryResidence", residence.getAddress());
        place(changes, "currentResidence", residence.getAddress());
        if (permanent) {
            set(changes, "residenceFileNumber", residence.getResidenceFileNumber());
            set(changes, "household.householdId", residence.getHouseholdId());
            set(changes, "household.relationshipToHead", residence.getRelationshipToHead());
        }
    }
}
