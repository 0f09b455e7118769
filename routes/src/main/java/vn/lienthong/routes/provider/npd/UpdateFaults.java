package vn.lienthong.routes.provider.npd;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.npd.update.ObjectFactory;
import vn.lienthong.wsdl.npd.update.UpdateFault;

/**
 * {@code soap:Client} faults of the update service, with an {@code upd:updateFault} detail: the message
 * itself is unusable (no single request element, no update id, no source). Rule violations of a usable
 * update are no fault: they come back as status REJECTED with the violations.
 */
final class UpdateFaults {

    static final String MALFORMED = "Update.Request.Malformed";
    static final String MISSING_PIN = "Update.Request.MissingPin";
    static final String UNKNOWN_SOURCE = "Update.Request.UnknownSource";

    private static final ObjectFactory FACTORY = new ObjectFactory();

    private UpdateFaults() {
    }

    static SoapFault invalid(String code, String message) {
        UpdateFault detail = new UpdateFault();
        detail.setCode(code);
        detail.setMessage(message);
        SoapFault fault = new SoapFault(message, Soap11.getInstance().getSender());
        Element detailElement = fault.getOrCreateDetail();
        Element updateFault = NpdPayloads.marshal(FACTORY.createUpdateFault(detail));
        detailElement.appendChild(detailElement.getOwnerDocument().importNode(updateFault, true));
        return fault;
    }
}
