package vn.lienthong.globalconf.registry;

import java.time.Duration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.Xml;

/**
 * The {@code settings.xml} part, all durations in whole seconds:
 *
 * <pre>{@code
 * <globalSettings ocspFreshnessSeconds="3600" timeStampingIntervalSeconds="60"
 *                 configurationValiditySeconds="600" downloadIntervalSeconds="60"/>
 * }</pre>
 */
public final class SettingsXml {

    private SettingsXml() {
    }

    public static byte[] write(GlobalSettings settings) {
        Document doc = Xml.newDocument();
        Element root = doc.createElement("globalSettings");
        doc.appendChild(root);
        root.setAttribute("ocspFreshnessSeconds", Long.toString(settings.ocspFreshness().toSeconds()));
        root.setAttribute("timeStampingIntervalSeconds", Long.toString(settings.timeStampingInterval().toSeconds()));
        root.setAttribute("configurationValiditySeconds", Long.toString(settings.configurationValidity().toSeconds()));
        root.setAttribute("downloadIntervalSeconds", Long.toString(settings.downloadInterval().toSeconds()));
        return Xml.write(doc);
    }

    public static GlobalSettings read(byte[] bytes, String what) {
        Element root = Xml.parse(bytes, what);
        Xml.requireRoot(root, "globalSettings", what);
        return new GlobalSettings(seconds(root, "ocspFreshnessSeconds", what),
                seconds(root, "timeStampingIntervalSeconds", what),
                seconds(root, "configurationValiditySeconds", what),
                seconds(root, "downloadIntervalSeconds", what));
    }

    private static Duration seconds(Element root, String attribute, String what) {
        String text = Xml.required(root, attribute, what);
        try {
            return Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new ConfException(what + ": " + attribute + " must be a whole number of seconds, got '" + text + "'");
        }
    }
}
