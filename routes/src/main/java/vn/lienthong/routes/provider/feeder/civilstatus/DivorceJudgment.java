package vn.lienthong.routes.provider.feeder.civilstatus;

import java.time.LocalDate;

/** A divorce judgment in force, recorded in the civil status register. */
public record DivorceJudgment(String judgmentNumber, LocalDate effectiveOn, String pin) {
}
