package vn.lienthong.launcher.demo;

import static vn.lienthong.launcher.demo.DemoFederationSpec.GET_CITIZEN;
import static vn.lienthong.launcher.demo.DemoFederationSpec.IDENTITY;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_HANOI;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.routes.provider.feeder.DeliveryLedger;
import vn.lienthong.routes.provider.feeder.SourceSystem;
import vn.lienthong.routes.provider.feeder.civilstatus.BirthCertificate;
import vn.lienthong.routes.provider.feeder.civilstatus.DeathCertificate;
import vn.lienthong.routes.provider.feeder.insurance.Enrolment;
import vn.lienthong.routes.provider.feeder.residence.ResidenceDeclaration;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;

/**
 * The source databases at work in the smoke transcript, every exchange through the bus: a birth registered
 * at the Ministry of Justice comes back with the number the NPD issued; the portal finds the child; the
 * child's permanent residence is registered and the one-stop shop sees it; Vietnam Social Security feeds a
 * health insurance number, a death registered at the Ministry of Justice reaches it as a notification and
 * ends the cover; a change that contradicts what another source recorded is held. Each run uses fresh
 * document numbers, so a second run on the same workspace records new documents.
 */
final class DemoFeederSteps {

    /** How long an update or a notification may take through the queues and the bus before the step fails. */
    static final Duration BOUND = Duration.ofSeconds(30);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern STATUS = Pattern.compile("<(?:\\w+:)?status>(\\w+)</");

    private final DemoFederation federation;
    private final DemoFeeders feeders;
    private final SoapHttp http = new SoapHttp();
    private final List<DemoSmoke.Step> steps = new ArrayList<>();

    DemoFeederSteps(DemoFederation federation) {
        this.federation = federation;
        this.feeders = federation.feeders();
    }

    List<DemoSmoke.Step> run() throws IOException, InterruptedException, SQLException {
        long run = Instant.now().getEpochSecond();
        LocalDate today = LocalDate.now(VIETNAM);
        String subscription = feeders.deathSubscription();
        step("VN/PUB/VSS/INSURANCE", "NPD subscribe DEATH_REGISTERED (at start, via SS-VSS)", "SUBSCRIBED",
                "SUBSCRIBED " + subscription.substring(0, Math.min(8, subscription.length())), 0, !subscription.isBlank());

        String registration = run + "/" + today.getYear();
        String childName = "Nguyễn Minh Khôi";
        long t = System.nanoTime();
        String birth = feeders.civilStatus().registerBirth(new BirthCertificate(registration, today, "01", "006", "00208",
                "UBND phường Quang Trung", childName, today.minusDays(3), "NAM", "Bệnh viện Phụ sản Hà Nội", "01", "VN",
                "Nguyễn Văn An", NpdDemoCitizens.NGUYEN_VAN_AN, "Lê Thị Thu", null));
        Optional<DeliveryLedger.Delivery> born = answer(feeders.civilStatus(), birth);
        String pin = born.map(DeliveryLedger.Delivery::pin).orElse(null);
        boolean issued = born.isPresent() && "APPLIED".equals(born.get().status()) && pin != null && pin.matches("\\d{12}");
        step("VN/GOV/MOJ/CIVILSTATUS", "NPD applyUpdate: birth " + registration + " (via SS-MOJ)", "APPLIED, a new 12-digit PIN",
                delivered(born) + (pin == null ? "" : ", PIN " + pin), millis(t), issued);
        if (!issued) {
            return steps;
        }

        soap(SS_VPCP, PORTAL.toString(), "NPD getCitizen " + pin + " (portal: the newborn)",
                XRoadRequest.from(PORTAL, GET_CITIZEN).issue("Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi")
                        .body(XRoadRequest.getCitizenBody(pin, "lookup")),
                "FOUND, " + childName, a -> "FOUND".equals(DemoSmoke.outcome(a)) && a.body().contains(childName));

        String address = "Số 12 ngõ 34 phố Quang Trung (" + run + ")";
        t = System.nanoTime();
        String moved = feeders.residence().register(new ResidenceDeclaration("DKTT-" + run, pin, true, today, "01", "006",
                "00208", address, null, null, null));
        Optional<DeliveryLedger.Delivery> residence = answer(feeders.residence(), moved);
        step("VN/GOV/MPS/RESIDENCE", "NPD applyUpdate: permanent residence of " + pin + " (via SS-MPS)", "APPLIED",
                delivered(residence), millis(t), residence.isPresent() && "APPLIED".equals(residence.get().status()));
        soap(SS_HANOI, ONE_STOP.toString(), "NPD getCitizen " + pin + " (one-stop shop: residence confirmation)",
                XRoadRequest.from(ONE_STOP, GET_CITIZEN).issue("Xác nhận thông tin cư trú")
                        .body(XRoadRequest.getCitizenBody(pin, "residence-confirmation")),
                "FOUND, the new address", a -> "FOUND".equals(DemoSmoke.outcome(a)) && a.body().contains(address));

        t = System.nanoTime();
        String renamed = "<upd:applyUpdate xmlns:upd=\"https://lienthong.gov.vn/npd/update/v1\">"
                + "<upd:updateId>MPS-CCCD-NAME-" + run + "</upd:updateId>"
                + "<upd:personalIdentificationNumber>" + pin + "</upd:personalIdentificationNumber>"
                + "<upd:eventType>RECORD_CORRECTED</upd:eventType>"
                + "<upd:metadata><upd:recordedAt>" + Instant.now() + "</upd:recordedAt>"
                + "<upd:legalBasis>Luật Căn cước 2023</upd:legalBasis><upd:officer>Cán bộ cấp căn cước</upd:officer></upd:metadata>"
                + "<upd:changes><upd:change><upd:path>fullName</upd:path><upd:value>Nguyễn Minh Khoa</upd:value></upd:change>"
                + "</upd:changes></upd:applyUpdate>";
        soap(SS_MPS, IDENTITY.toString(), "NPD applyUpdate: fullName of " + pin + " without the value it replaces",
                XRoadRequest.from(IDENTITY, NPD.service("applyUpdate", "v1")).body(renamed),
                "HELD (the civil status system recorded the name)", a -> a.status() == 200 && "HELD".equals(status(a)));

        String insuranceNumber = "79" + String.format("%08d", run % 100_000_000L);
        String insured = NpdDemoCitizens.LY_GIA_HAO;
        t = System.nanoTime();
        String enrolled = feeders.insurance().enrol(new Enrolment(insuranceNumber, insured, today.withDayOfYear(1)));
        Optional<DeliveryLedger.Delivery> enrolment = answer(feeders.insurance(), enrolled);
        step("VN/PUB/VSS/INSURANCE", "NPD applyUpdate: health insurance number " + insuranceNumber + " of " + insured
                + " (via SS-VSS)", "APPLIED", delivered(enrolment), millis(t),
                enrolment.isPresent() && "APPLIED".equals(enrolment.get().status()));

        LocalDate died = today.minusDays(1);
        t = System.nanoTime();
        String death = feeders.civilStatus().registerDeath(new DeathCertificate(run + "/" + today.getYear(), today,
                insured, died, "Bệnh viện Chợ Rẫy"));
        Optional<DeliveryLedger.Delivery> deceased = answer(feeders.civilStatus(), death);
        step("VN/GOV/MOJ/CIVILSTATUS", "NPD applyUpdate: death of " + insured + " (via SS-MOJ)", "APPLIED",
                delivered(deceased), millis(t), deceased.isPresent() && "APPLIED".equals(deceased.get().status()));

        t = System.nanoTime();
        Optional<LocalDate> ended = Conditions.within(BOUND, () -> feeders.insurance().coverEnded(insuranceNumber));
        step(NPD.toString(), "VSS/INSURANCE notifyChange DEATH_REGISTERED " + insured + " (SS-MPS to SS-VSS)",
                "the cover of " + insuranceNumber + " ends " + died,
                ended.map(d -> "cover ended " + d).orElse("no notification in " + BOUND.toSeconds() + " s"), millis(t),
                ended.isPresent() && ended.get().equals(died));
        return steps;
    }

    /** Waits (bounded) for the NPD's answer to an update, as the source recorded it. */
    private static Optional<DeliveryLedger.Delivery> answer(SourceSystem source, String updateId)
            throws InterruptedException, SQLException {
        return Conditions.within(BOUND, () -> source.delivery(updateId).filter(DeliveryLedger.Delivery::answered));
    }

    private static String delivered(Optional<DeliveryLedger.Delivery> delivery) {
        return delivery.map(d -> d.status() + (d.detail() == null || "APPLIED".equals(d.status()) ? "" : " " + d.detail()))
                .orElse("no answer in " + BOUND.toSeconds() + " s");
    }

    private static String status(SoapHttp.Answer a) {
        Matcher m = STATUS.matcher(a.body());
        return m.find() ? m.group(1) : null;
    }

    /** An exchange the script makes itself; an applyUpdate answer is named by its status. */
    private void soap(SecurityServerId via, String who, String asks, XRoadRequest request, String expected,
            Predicate<SoapHttp.Answer> check) throws IOException, InterruptedException {
        SoapHttp.Answer a = http.post(federation.clientProxy(via), request.toXml(), request.isSoap12());
        String outcome = a.faultCode() == null && a.body().contains("applyUpdateResponse") ? status(a) : DemoSmoke.outcome(a);
        steps.add(new DemoSmoke.Step(who, asks, expected, outcome, a.millis(), check.test(a)));
    }

    private void step(String who, String asks, String expected, String outcome, long millis, boolean passed) {
        steps.add(new DemoSmoke.Step(who, asks, expected, outcome, millis, passed));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
