package vn.lienthong.conf.identifier;

/**
 * A member or one of its subsystems acting as a client or provider:
 * {@code VN/GOV/MPS} (objectType MEMBER) or {@code VN/GOV/MPS/NPD} (objectType SUBSYSTEM).
 */
public record ClientId(String instance, String memberClass, String memberCode, String subsystemCode) {

    public ClientId {
        Identifiers.requirePart("xRoadInstance", instance);
        Identifiers.requirePart("memberClass", memberClass);
        Identifiers.requirePart("memberCode", memberCode);
        if (subsystemCode != null) {
            Identifiers.requirePart("subsystemCode", subsystemCode);
        }
    }

    /** Parses {@code VN/GOV/MPS} or {@code VN/GOV/MPS/NPD}. */
    public static ClientId parse(String text) {
        String[] parts = Identifiers.split(text, 3, 4, "client identifier INSTANCE/CLASS/MEMBER[/SUBSYSTEM]");
        return new ClientId(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null);
    }

    public MemberId member() {
        return new MemberId(instance, memberClass, memberCode);
    }

    public boolean isSubsystem() {
        return subsystemCode != null;
    }

    /** The X-Road objectType attribute value. */
    public String objectType() {
        return isSubsystem() ? "SUBSYSTEM" : "MEMBER";
    }

    public ServiceId service(String serviceCode, String serviceVersion) {
        return new ServiceId(this, serviceCode, serviceVersion);
    }

    @Override
    public String toString() {
        return member() + (isSubsystem() ? "/" + subsystemCode : "");
    }
}
