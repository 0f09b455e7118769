package vn.lienthong.routes.provider.feeder.identity;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.feeder.SourceSystem;
import vn.lienthong.routes.provider.feeder.UpdateMessages;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.CardExpiry;
import vn.lienthong.wsdl.npd.update.CardIssuance;

/**
 * The citizen identification database (Circular 46/2022 Art. 4), a sample source system: identity cards
 * issued and expired (classpath:db/identity), each fed to the NPD.
 */
public final class CitizenIdentitySystem extends SourceSystem {

    public static final String SOURCE = "VN/GOV/MPS/IDENTITY";
    private static final String LAW = "Luật Căn cước 2023";

    public CitizenIdentitySystem(DataSource database, MessageBroker broker, String npdUpdateUrl) {
        this(database, broker, npdUpdateUrl, QueueDeliveryPolicy.defaults(), Clock.systemUTC());
    }

    public CitizenIdentitySystem(DataSource database, MessageBroker broker, String npdUpdateUrl, QueueDeliveryPolicy policy,
            Clock clock) {
        super("identity", SOURCE, database, broker, npdUpdateUrl, policy, clock);
    }

    public String issue(IdentityCard card) {
        String updateId = "MPS-CC-" + card.cardNumber() + "-" + card.issuedOn();
        ApplyUpdateRequest update = UpdateMessages.request(updateId, card.pin(), "IDENTITY_CARD_ISSUED", clock().instant(),
                LAW, card.cardNumber(), card.issuedBy());
        CardIssuance record = new CardIssuance();
        record.setCardNumber(card.cardNumber());
        record.setCardKind(card.cardKind());
        record.setIssuedOn(card.issuedOn());
        record.setIssuedBy(card.issuedBy());
        record.setExpiresOn(card.expiresOn());
        update.setCardIssuance(record);
        record("card-issuance", card.cardNumber(), update, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO identity_card (card_number, pin,"
                    + " card_kind, issued_on, issued_by, expires_on) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, card.cardNumber());
                insert.setString(2, card.pin());
                insert.setString(3, card.cardKind());
                insert.setDate(4, Date.valueOf(card.issuedOn()));
                insert.setString(5, card.issuedBy());
                insert.setDate(6, card.expiresOn() == null ? null : Date.valueOf(card.expiresOn()));
                insert.executeUpdate();
            }
        });
        return updateId;
    }

    /** A card expired or was withdrawn on the given day. */
    public String expire(String cardNumber, String pin, LocalDate expiredOn) {
        String updateId = "MPS-CCH-" + cardNumber + "-" + expiredOn;
        ApplyUpdateRequest update = UpdateMessages.request(updateId, pin, "IDENTITY_CARD_EXPIRED", clock().instant(), LAW,
                cardNumber, "Cơ quan quản lý căn cước");
        CardExpiry record = new CardExpiry();
        record.setCardNumber(cardNumber);
        record.setExpiredOn(expiredOn);
        update.setCardExpiry(record);
        record("card-expiry", cardNumber, update, connection -> {
            try (PreparedStatement expire = connection.prepareStatement(
                    "UPDATE identity_card SET expired_on = ? WHERE card_number = ?")) {
                expire.setDate(1, Date.valueOf(expiredOn));
                expire.setString(2, cardNumber);
                expire.executeUpdate();
            }
        });
        return updateId;
    }
}
