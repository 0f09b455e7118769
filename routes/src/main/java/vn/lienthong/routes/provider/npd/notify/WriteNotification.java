package vn.lienthong.routes.provider.npd.notify;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.messaging.DeadLetterQueue;
import vn.lienthong.routes.provider.npd.mandate.ChangeCoverage;
import vn.lienthong.routes.provider.npd.mandate.Mandate;
import vn.lienthong.routes.provider.npd.mandate.Mandates;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.Relative;

/**
 * Writes the notifyChange document (npd-notification.xsd) for a notice: the citizen, the event, and the
 * new values of the changed fields the mandate covers, nothing else; with the headers delivery needs
 * (callback URL, subscriber, notification id as the message key, the citizen as the message group).
 */
public final class WriteNotification implements Processor {

    public static final String CALLBACK_URL = "NpdCallbackUrl";
    public static final String SUBSCRIBER = "NpdSubscriber";
    static final String NAMESPACE = "https://lienthong.gov.vn/npd/notification/v1";

    private final Mandates mandates;

    public WriteNotification(Mandates mandates) {
        this.mandates = mandates;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        PendingNotice notice = exchange.getIn().getMandatoryBody(PendingNotice.class);
        Mandate mandate = mandates.find(notice.subscription().consumer(), notice.subscription().purpose()).orElseThrow();
        Set<String> covered = ChangeCoverage.coveredGroups(notice.change().changedPaths(), mandate);
        StringBuilder xml = new StringBuilder("<ntf:notifyChange xmlns:ntf=\"" + NAMESPACE + "\">");
        element(xml, "notificationId", notice.notificationId());
        element(xml, "subscriptionId", notice.subscription().id());
        element(xml, "changeNumber", Long.toString(notice.change().changeNumber()));
        element(xml, "personalIdentificationNumber", notice.change().pin());
        element(xml, "eventType", notice.change().eventType());
        element(xml, "recordedAt", notice.change().recordedAt().toString());
        for (CitizenField field : CitizenField.values()) {
            if (covered.contains(field.group()) && changed(notice, field.path())) {
                field(xml, field.path(), notice.change().record().get(field));
            }
        }
        if (covered.contains("relatives")) {
            for (Relative relative : notice.change().record().relatives()) {
                if (relative.relation().singular()) {
                    field(xml, relative.relation().pathName() + ".fullName", relative.fullName());
                    field(xml, relative.relation().pathName() + ".personalIdentificationNumber",
                            relative.personalIdentificationNumber());
                }
            }
        }
        xml.append("</ntf:notifyChange>");
        exchange.getIn().setBody(xml.toString());
        exchange.getIn().setHeader(CALLBACK_URL, notice.subscription().callbackUrl());
        exchange.getIn().setHeader(SUBSCRIBER, notice.subscription().consumer());
        exchange.getIn().setHeader(DeadLetterQueue.KEY, notice.notificationId());
        exchange.getIn().setHeader("JMSXGroupID", notice.change().pin());
    }

    private static boolean changed(PendingNotice notice, String path) {
        Set<String> paths = notice.change().changedPaths();
        return paths.contains(path) || paths.contains("*");
    }

    private static void field(StringBuilder xml, String path, String value) {
        if (value == null) {
            xml.append("<ntf:field><ntf:path>").append(path).append("</ntf:path></ntf:field>");
        } else {
            xml.append("<ntf:field><ntf:path>").append(path).append("</ntf:path><ntf:value>").append(escape(value))
                    .append("</ntf:value></ntf:field>");
        }
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append("<ntf:").append(name).append('>').append(escape(value)).append("</ntf:").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
