package vn.lienthong.benchmarks.scale.messagelog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.Side;

/**
 * One request/response exchange as a client-side proxy logs it: two records sharing a query id, a client, a service,
 * an official and a case number, about 1 to 3 citizens; 1 % of responses carry a SOAP fault.
 */
record Exchange(LogRecord request, LogRecord response) {

    private static final List<ClientId> CLIENTS = List.of(
            ClientId.parse("VN/GOV/VPCP/PORTAL"), ClientId.parse("VN/GOV/MOH/MEDICAL"),
            ClientId.parse("VN/GOV/MOJ/HOTICH"), ClientId.parse("VN/GOV/MOLISA/BHXH"),
            ClientId.parse("VN/GOV/HANOI/DVC"), ClientId.parse("VN/GOV/HCMC/DVC"),
            ClientId.parse("VN/GOV/MOF/TAX"), ClientId.parse("VN/GOV/MOT/LICENSE"),
            ClientId.parse("VN/GOV/MOET/SCHOOL"), ClientId.parse("VN/GOV/DANANG/DVC"));
    private static final List<ServiceId> SERVICES = List.of(
            ServiceId.parse("VN/GOV/MPS/NPD/getCitizen/v1"), ServiceId.parse("VN/GOV/MPS/NPD/getHousehold/v1"),
            ServiceId.parse("VN/GOV/MPS/NPD/verifyCitizen/v1"), ServiceId.parse("VN/GOV/MOJ/HOTICH/getBirthRecord/v1"));
    private static final List<String> FIELDS = List.of("fullName", "birthDate", "sex", "permanentAddress", "household");
    static final String FAULT = "Server.ServerProxy.ServiceFailed";

    /** Exchange {@code k}; the same {@code k} and seed give the same metadata. */
    static Exchange make(long k, long seed, CitizenPins pins, EnvelopePool envelopes, Instant now) {
        SplittableRandom r = new SplittableRandom(seed ^ (k * 0xBF58476D1CE4E5B9L));
        String queryId = new UUID(r.nextLong(), r.nextLong()).toString();
        ClientId client = CLIENTS.get(r.nextInt(CLIENTS.size()));
        ServiceId service = SERVICES.get(r.nextInt(SERVICES.size()));
        List<String> citizens = new ArrayList<>(3);
        int count = 1 + r.nextInt(3);
        while (citizens.size() < count) {
            String pin = pins.pin(r.nextLong(pins.population()));
            if (!citizens.contains(pin)) {
                citizens.add(pin);
            }
        }
        String official = "canbo-" + r.nextInt(5000);
        String issue = "HS-" + (2026_000_000L + r.nextInt(1_000_000));
        boolean fault = r.nextInt(100) == 0;
        byte[] requestMessage = envelopes.request(k);
        byte[] responseMessage = envelopes.response(k);
        Instant answered = now.plusMillis(5 + r.nextInt(200));
        LogRecord request = base(queryId, client, service, official, issue, citizens, requestMessage, now)
                .direction(Direction.REQUEST).fieldsDisclosed(List.of()).build();
        LogRecord response = base(queryId, client, service, official, issue, citizens, responseMessage, answered)
                .direction(Direction.RESPONSE).fieldsDisclosed(fault ? List.of() : FIELDS.subList(0, 2 + r.nextInt(4)))
                .faultCode(fault ? FAULT : null).build();
        return new Exchange(request, response);
    }

    private static LogRecord.Builder base(String queryId, ClientId client, ServiceId service, String official,
                                          String issue, List<String> citizens, byte[] message, Instant at) {
        return LogRecord.builder().side(Side.CLIENT_PROXY).queryId(queryId).client(client).service(service)
                .userId(official).issue(issue).citizenIds(citizens).message(message)
                .wireSize(message.length + 600L).timeIn(at).timeOut(at.plusMillis(2));
    }
}
