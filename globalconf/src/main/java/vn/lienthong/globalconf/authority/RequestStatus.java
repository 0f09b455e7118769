package vn.lienthong.globalconf.authority;

/** Where a stored management request stands. */
public enum RequestStatus {
    PENDING, APPROVED, REJECTED
}
