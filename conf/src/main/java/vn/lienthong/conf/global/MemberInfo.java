package vn.lienthong.conf.global;

import java.security.cert.X509Certificate;
import java.util.Set;
import vn.lienthong.conf.identifier.MemberId;

/**
 * A registered member: its name, its subsystems, and the member certificate the federation publishes
 * so that others can encrypt message bodies to it.
 */
public record MemberInfo(MemberId id, String name, Set<String> subsystems, X509Certificate certificate) {

    public MemberInfo {
        subsystems = Set.copyOf(subsystems);
    }

    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
