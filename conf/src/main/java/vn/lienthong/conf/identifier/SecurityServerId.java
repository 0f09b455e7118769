package vn.lienthong.conf.identifier;

/** A security server: its owner member plus a server code, e.g. {@code VN/GOV/MPS/SS-MPS}. */
public record SecurityServerId(MemberId owner, String serverCode) {

    public SecurityServerId {
        if (owner == null) {
            throw new IllegalArgumentException("a security server needs an owner member");
        }
        Identifiers.requirePart("serverCode", serverCode);
    }

    public static SecurityServerId parse(String text) {
        String[] p = Identifiers.split(text, 4, 4, "security server identifier INSTANCE/CLASS/MEMBER/SERVERCODE");
        return new SecurityServerId(new MemberId(p[0], p[1], p[2]), p[3]);
    }

    @Override
    public String toString() {
        return owner + "/" + serverCode;
    }
}
