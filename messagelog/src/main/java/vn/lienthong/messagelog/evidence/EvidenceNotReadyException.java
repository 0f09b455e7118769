package vn.lienthong.messagelog.evidence;

import vn.lienthong.messagelog.MessageLogException;

/** The exchange is logged but not all its entries are time-stamped yet; ask again after the next stamping round. */
public final class EvidenceNotReadyException extends MessageLogException {

    public EvidenceNotReadyException(String message) {
        super(message);
    }
}
