package vn.lienthong.routes.provider.feeder;

import java.io.StringWriter;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.ObjectFactory;
import vn.lienthong.wsdl.npd.update.UpdateMetadata;

/** Writes applyUpdate requests (npd-update.xsd) as XML text, the form they are queued in. */
public final class UpdateMessages {

    private static final JAXBContext JAXB = context();
    private static final ObjectFactory FACTORY = new ObjectFactory();

    private UpdateMessages() {
    }

    /** A request with its id, citizen (null for a birth), event and Circular 13/2017 Art. 5 metadata; the caller adds the record. */
    public static ApplyUpdateRequest request(String updateId, String pin, String eventType, Instant recordedAt,
            String legalBasis, String documentNumber, String officer) {
        ApplyUpdateRequest request = new ApplyUpdateRequest();
        request.setUpdateId(updateId);
        request.setPersonalIdentificationNumber(pin);
        request.setEventType(eventType);
        UpdateMetadata metadata = new UpdateMetadata();
        metadata.setRecordedAt(dateTime(recordedAt));
        metadata.setLegalBasis(legalBasis);
        metadata.setDocumentNumber(documentNumber);
        metadata.setOfficer(officer);
        request.setMetadata(metadata);
        return request;
    }

    public static String xml(ApplyUpdateRequest request) {
        try {
            Marshaller marshaller = JAXB.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(FACTORY.createApplyUpdate(request), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("could not write update " + request.getUpdateId(), e);
        }
    }

    static XMLGregorianCalendar dateTime(Instant instant) {
        try {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(instant.toEpochMilli());
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
