package vn.lienthong.routes.provider.npd;

import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

import vn.lienthong.routes.provider.npd.mandate.Mandates;
import vn.lienthong.routes.provider.npd.notify.FindSubscriptions;
import vn.lienthong.routes.provider.npd.notify.MandateCoversChange;
import vn.lienthong.routes.provider.npd.notify.WriteNotification;
import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.routes.provider.npd.update.UpdateApplier;
import vn.lienthong.routes.provider.npd.update.transform.TransformBirthRegistration;
import vn.lienthong.routes.provider.npd.update.transform.TransformCardExpiry;
import vn.lienthong.routes.provider.npd.update.transform.TransformCardIssuance;
import vn.lienthong.routes.provider.npd.update.transform.TransformDeathRegistration;
import vn.lienthong.routes.provider.npd.update.transform.TransformDivorceRecord;
import vn.lienthong.routes.provider.npd.update.transform.TransformFieldChanges;
import vn.lienthong.routes.provider.npd.update.transform.TransformHealthInsuranceEnrolment;
import vn.lienthong.routes.provider.npd.update.transform.TransformMarriageRegistration;
import vn.lienthong.routes.provider.npd.update.transform.TransformNameChange;
import vn.lienthong.routes.provider.npd.update.transform.TransformResidenceRegistration;
import vn.lienthong.routes.provider.npd.update.transform.TransformTemporaryAbsence;

/**
 * The mediation between the source databases and the NPD (Decision 1911, supply; Circular 46/2022
 * Art. 4), as the update's path: receive → validate → transform (the source's record format into the
 * canonical update, routed by record kind) → apply (idempotent, conflicts held) → publish change
 * notifications (routed by event type and the subscriber's mandate) onto the persistent notification
 * queue → answer.
 */
final class NpdUpdateRoutes extends RouteBuilder {

    static final String ENDPOINT_BEAN = "npdUpdateEndpoint";
    static final String NOTIFICATION_QUEUE = "jms:queue:npd.notifications";

    private final UpdateApplier applier;
    private final SubscriptionStore subscriptions;
    private final Mandates mandates;

    NpdUpdateRoutes(UpdateApplier applier, SubscriptionStore subscriptions, Mandates mandates) {
        this.applier = applier;
        this.subscriptions = subscriptions;
        this.mandates = mandates;
    }

    @Override
    public void configure() {
        from("cxf:bean:" + ENDPOINT_BEAN)
                .routeId("npd-update")
                .routeConfigurationId(NpdErrorPolicy.SOAP_ENTRY)
                .process(XRoadHeaderEcho::capture)
                .process(new IdentifyConsumer())
                .to("direct:npd-applyUpdate")
                .process(NpdPayloads::writeResponse);

        from("direct:npd-applyUpdate")
                .routeId("npd-applyUpdate")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(new ReadUpdate())
                .process(new ValidateUpdateRequest())
                .to("direct:npd-transformUpdate")
                .process(new ApplyCanonicalUpdate(applier))
                .to("direct:npd-publishChange")
                .process(new AnswerApplyUpdate());

        from("direct:npd-transformUpdate")
                .routeId("npd-transformUpdate")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .choice()
                    .when(kind("changes")).process(new TransformFieldChanges())
                    .when(kind("birthRegistration")).process(new TransformBirthRegistration())
                    .when(kind("deathRegistration")).process(new TransformDeathRegistration())
                    .when(kind("marriageRegistration")).process(new TransformMarriageRegistration())
                    .when(kind("divorceRecord")).process(new TransformDivorceRecord())
                    .when(kind("nameChange")).process(new TransformNameChange())
                    .when(kind("residenceRegistration")).process(new TransformResidenceRegistration())
                    .when(kind("temporaryAbsenceDeclaration")).process(new TransformTemporaryAbsence())
                    .when(kind("cardIssuance")).process(new TransformCardIssuance())
                    .when(kind("cardExpiry")).process(new TransformCardExpiry())
                    .when(kind("healthInsuranceEnrolment")).process(new TransformHealthInsuranceEnrolment())
                .end();

        from("direct:npd-publishChange")
                .routeId("npd-publishChange")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .split(new FindSubscriptions(subscriptions))
                    .filter(new MandateCoversChange(mandates))
                        .process(new WriteNotification(mandates))
                        .setExchangePattern(ExchangePattern.InOnly)
                        .to(NOTIFICATION_QUEUE)
                    .end()
                .end();
    }

    private org.apache.camel.Predicate kind(String recordKind) {
        return header(ValidateUpdateRequest.RECORD_KIND).isEqualTo(recordKind);
    }
}
