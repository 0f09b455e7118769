package vn.lienthong.messagelog;

/** Which half of an exchange an entry holds. */
public enum Direction {
    REQUEST,
    RESPONSE
}
