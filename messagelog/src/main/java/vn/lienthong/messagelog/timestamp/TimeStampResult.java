package vn.lienthong.messagelog.timestamp;

import java.time.Instant;

/** The outcome of one time-stamp request. */
public sealed interface TimeStampResult {

    /** A token that was checked against its request and the TSA trust anchors. */
    record Stamped(byte[] token, Instant genTime) implements TimeStampResult {
        @Override
        public String toString() {
            return "Stamped[genTime=" + genTime + ", " + token.length + " bytes]";
        }
    }

    /** No usable token: unreachable TSA, refusal, or a response that does not verify. */
    record Failed(String reason) implements TimeStampResult {
    }
}
