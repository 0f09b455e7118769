package vn.lienthong.security.keyconf;

/** What a security server uses a key for. */
public enum KeyRole {
    /** Signing (and receiving encrypted) messages on behalf of a member. */
    SIGNING,
    /** Authenticating the security server in TLS to its peers. */
    AUTH
}
