package vn.lienthong.conf.identifier;

/** A service: its provider plus {@code serviceCode[/serviceVersion]}, e.g. {@code VN/GOV/MPS/NPD/getCitizen/v1}. */
public record ServiceId(ClientId provider, String serviceCode, String serviceVersion) {

    public ServiceId {
        if (provider == null) {
            throw new IllegalArgumentException("a service needs a provider");
        }
        Identifiers.requirePart("serviceCode", serviceCode);
        if (serviceVersion != null) {
            Identifiers.requirePart("serviceVersion", serviceVersion);
        }
    }

    /** Parses {@code VN/GOV/MPS/NPD/getCitizen[/v1]}: the provider is always a subsystem here. */
    public static ServiceId parse(String text) {
        String[] p = Identifiers.split(text, 5, 6, "service identifier INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE[/VERSION]");
        return new ServiceId(new ClientId(p[0], p[1], p[2], p[3]), p[4], p.length == 6 ? p[5] : null);
    }

    /** The same service without its version: access rights are granted per service code. */
    public ServiceId withoutVersion() {
        return serviceVersion == null ? this : new ServiceId(provider, serviceCode, null);
    }

    @Override
    public String toString() {
        return provider + "/" + serviceCode + (serviceVersion == null ? "" : "/" + serviceVersion);
    }
}
