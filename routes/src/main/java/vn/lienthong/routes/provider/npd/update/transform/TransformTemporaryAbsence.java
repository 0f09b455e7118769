package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.TemporaryAbsenceDeclaration;

/** A temporary absence declaration (Art. 9.19). */
public final class TransformTemporaryAbsence extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        TemporaryAbsenceDeclaration absence = request.getTemporaryAbsenceDeclaration();
        set(changes, "temporaryAbsence.from", absence.getFrom());
        set(changes, "temporaryAbsence.until", absence.getUntil());
        set(changes, "temporaryAbsence.destination", absence.getDestination());
    }
}
