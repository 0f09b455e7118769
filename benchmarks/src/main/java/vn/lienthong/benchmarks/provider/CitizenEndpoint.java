package vn.lienthong.benchmarks.provider;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.WebServiceProvider;

/** The provider information system's getCitizen endpoint, as a JAX-WS provider over whole SOAP messages. */
@WebServiceProvider(serviceName = "NpdQueryService", portName = "NpdQueryPort",
        targetNamespace = CitizenRecordXml.NAMESPACE)
@ServiceMode(Service.Mode.MESSAGE)
public final class CitizenEndpoint implements Provider<SOAPMessage> {

    private final CitizenAnswer answer = new CitizenAnswer();

    @Override
    public SOAPMessage invoke(SOAPMessage request) {
        try {
            return answer.answer(request);
        } catch (SOAPException e) {
            throw new WebServiceException("cannot answer getCitizen: " + e.getMessage(), e);
        }
    }
}
