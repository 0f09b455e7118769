package vn.lienthong.routes.provider.feeder.identity;

import java.time.LocalDate;

/** An identity card as the citizen identification database holds it: number, kind (CCCD, CC, ...), issue and expiry. */
public record IdentityCard(String cardNumber, String pin, String cardKind, LocalDate issuedOn, String issuedBy,
        LocalDate expiresOn) {
}
