package vn.lienthong.certs.testing;

import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/** The parties the tests issue certificates for. */
public final class Identities {

    public static final MemberId MPS = MemberId.parse("VN/GOV/MPS");
    public static final MemberId MOH = MemberId.parse("VN/GOV/MOH");
    public static final MemberId BANK = MemberId.parse("VN/COM/VCB");
    public static final SecurityServerId SS_MPS = SecurityServerId.parse("VN/GOV/MPS/SS-MPS");
    public static final SecurityServerId SS_MOH = SecurityServerId.parse("VN/GOV/MOH/SS-MOH");

    private Identities() {
    }
}
