package vn.lienthong.wsdl;

import java.time.LocalDate;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds {@code xs:date} to {@link LocalDate} in the generated classes (see src/main/jaxb). */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String lexical) {
        return XmlDates.parseDate(lexical);
    }

    @Override
    public String marshal(LocalDate date) {
        return XmlDates.printDate(date);
    }
}
