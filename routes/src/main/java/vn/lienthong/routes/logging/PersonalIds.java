package vn.lienthong.routes.logging;

import java.util.List;
import vn.lienthong.routes.soap.SoapEnvelope;

/** The citizens' identification numbers a request body names, for the message log's citizen index. */
public final class PersonalIds {

    private PersonalIds() {
    }

    public static List<String> inBody(SoapEnvelope envelope) {
        return CitizenIds.in(envelope.body());
    }
}
