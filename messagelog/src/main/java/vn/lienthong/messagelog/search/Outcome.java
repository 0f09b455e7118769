package vn.lienthong.messagelog.search;

/** Whether an exchange succeeded (no fault code) or ended in a SOAP fault. */
public enum Outcome {
    SUCCESS,
    FAULT
}
