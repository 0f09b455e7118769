package vn.lienthong.routes.provider.feeder.civilstatus;

import java.time.LocalDate;

/** A decision to change a citizen's name (thay đổi họ, chữ đệm, tên). */
public record NameChangeDecision(String decisionNumber, LocalDate decidedOn, String pin, String newFullName) {

    @Override
    public String toString() {
        return "NameChangeDecision[" + decisionNumber + "]";
    }
}
