package vn.lienthong.routes.provider.feeder.residence;

import java.time.LocalDate;

/** A temporary absence declaration (khai báo tạm vắng). */
public record AbsenceDeclaration(String declarationId, String pin, LocalDate from, LocalDate until, String destination) {

    @Override
    public String toString() {
        return "AbsenceDeclaration[" + declarationId + "]";
    }
}
