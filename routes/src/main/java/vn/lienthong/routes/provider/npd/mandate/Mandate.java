package vn.lienthong.routes.provider.npd.mandate;

import java.util.Set;

/**
 * What one consumer subsystem may receive for one purpose (Decree 137/2015 Art. 11, amended by Decree
 * 37/2021: citizen information is used only within the user's functions, tasks and powers): the fields
 * by their element names in {@code npd:Citizen}, and the legal basis that grants them.
 */
public record Mandate(String consumer, String purpose, Set<String> fields, String legalBasis) {

    public Mandate {
        fields = Set.copyOf(fields);
    }

    public boolean covers(String field) {
        return fields.contains(field);
    }
}
