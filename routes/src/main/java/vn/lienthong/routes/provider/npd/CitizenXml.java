package vn.lienthong.routes.provider.npd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.Relative;
import vn.lienthong.routes.provider.npd.store.HouseholdMember;

/**
 * Writes a record as an {@code npd:Citizen} element holding only the fields a mandate allows
 * (Decree 137/2015 Art. 11; Circular 13/2017 Art. 8: the field set varies with authorisation). The
 * identification number is always written: it is what the caller asked about.
 */
final class CitizenXml {

    private CitizenXml() {
    }

    /** Appends the element and returns the fields it holds, in schema order (for the disclosure). */
    static List<String> append(Element parent, String name, CitizenRecord record, Set<String> allowed,
            List<HouseholdMember> household) {
        Element citizen = Dom.child(parent, name);
        Dom.text(citizen, "personalIdentificationNumber", record.personalIdentificationNumber().value());
        List<String> written = new ArrayList<>();
        for (String group : CitizenField.GROUPS) {
            if (allowed.contains(group) && write(citizen, group, record, household)) {
                written.add(group);
            }
        }
        return written;
    }

    private static boolean write(Element citizen, String group, CitizenRecord record, List<HouseholdMember> household) {
        if (group.equals("relatives")) {
            return relatives(citizen, record);
        }
        List<CitizenField> fields = CitizenField.inGroup(group);
        CitizenField first = fields.get(0);
        if (record.get(first) == null) {
            return false;
        }
        if (fields.size() == 1 && first.leaf().equals(group)) {
            Dom.text(citizen, group, record.get(first));
            return true;
        }
        Element structured = Dom.child(citizen, group);
        for (CitizenField field : fields) {
            Dom.text(structured, field.leaf(), record.get(field));
        }
        if (group.equals("household")) {
            for (HouseholdMember member : household) {
                Element element = Dom.child(structured, "member");
                Dom.text(element, "personalIdentificationNumber", member.personalIdentificationNumber());
                Dom.text(element, "fullName", member.fullName());
                Dom.text(element, "formerIdCardNumber", member.formerIdCardNumber());
                Dom.text(element, "relationshipToHead", member.relationshipToHead());
            }
        }
        return true;
    }

    private static boolean relatives(Element citizen, CitizenRecord record) {
        if (record.relatives().isEmpty()) {
            return false;
        }
        Element relatives = Dom.child(citizen, "relatives");
        for (Relative relative : record.relatives()) {
            Element element = Dom.child(relatives, "relative");
            Dom.text(element, "relation", relative.relation().name());
            Dom.text(element, "fullName", relative.fullName());
            Dom.text(element, "personalIdentificationNumber", relative.personalIdentificationNumber());
            Dom.text(element, "formerIdCardNumber", relative.formerIdCardNumber());
            Dom.text(element, "nationality", relative.nationality());
        }
        return true;
    }
}
