package vn.lienthong.messagelog.testing;

import java.time.Clock;
import java.util.List;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.Side;

/** Log records as the proxies make them, with signed envelopes from the test PKI. */
public final class Records {

    public static final ClientId PORTAL = ClientId.parse("VN/GOV/VPCP/PORTAL");
    public static final ClientId HEALTH = ClientId.parse("VN/GOV/MOH/MEDICAL");
    public static final ServiceId NPD_GET_CITIZEN = ServiceId.parse("VN/GOV/MPS/NPD/getCitizen/v1");

    private final TestPki pki;
    private final Clock clock;

    public Records(TestPki pki, Clock clock) {
        this.pki = pki;
        this.clock = clock;
    }

    public LogRecord request(String queryId, ClientId client, String citizenId) {
        return base(queryId, client, citizenId, Direction.REQUEST).fieldsDisclosed(List.of()).build();
    }

    public LogRecord response(String queryId, ClientId client, String citizenId, List<String> fields) {
        return base(queryId, client, citizenId, Direction.RESPONSE).fieldsDisclosed(fields).build();
    }

    public LogRecord.Builder base(String queryId, ClientId client, String citizenId, Direction direction) {
        byte[] message = SignedEnvelopes.signed(queryId, direction + " about " + citizenId, pki.signerKey,
                List.of(pki.signer), clock.instant());
        return LogRecord.builder()
                .side(Side.CLIENT_PROXY)
                .direction(direction)
                .queryId(queryId)
                .client(client)
                .service(NPD_GET_CITIZEN)
                .userId("officer-7")
                .issue("HS-2026-" + queryId)
                .citizenIds(List.of(citizenId))
                .message(message)
                .wireSize(message.length + 400)
                .timeIn(clock.instant())
                .timeOut(clock.instant());
    }
}
