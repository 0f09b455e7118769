package vn.lienthong.conf.identifier;

import java.util.Objects;

/** An X-Road member: {@code <instance>/<memberClass>/<memberCode>}, for example {@code VN/GOV/MPS}. */
public record MemberId(String instance, String memberClass, String memberCode) {

    public MemberId {
        Identifiers.requirePart("xRoadInstance", instance);
        Identifiers.requirePart("memberClass", memberClass);
        Identifiers.requirePart("memberCode", memberCode);
    }

    /** Parses {@code VN/GOV/MPS}. */
    public static MemberId parse(String text) {
        String[] parts = Identifiers.split(text, 3, 3, "member identifier INSTANCE/CLASS/CODE");
        return new MemberId(parts[0], parts[1], parts[2]);
    }

    public ClientId subsystem(String subsystemCode) {
        return new ClientId(instance, memberClass, memberCode, Objects.requireNonNull(subsystemCode));
    }

    public ClientId asClient() {
        return new ClientId(instance, memberClass, memberCode, null);
    }

    @Override
    public String toString() {
        return instance + "/" + memberClass + "/" + memberCode;
    }
}
