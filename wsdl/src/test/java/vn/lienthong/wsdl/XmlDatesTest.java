package vn.lienthong.wsdl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;

import javax.xml.transform.stream.StreamSource;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;

import org.junit.jupiter.api.Test;

import vn.lienthong.wsdl.npd.Citizen;
import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.GetCitizenResponse;
import vn.lienthong.wsdl.npd.ObjectFactory;
import vn.lienthong.wsdl.npd.QueryOutcome;

class XmlDatesTest {

    @Test
    void parsesPlainAndZonedDates() {
        assertThat(XmlDates.parseDate("1999-03-14")).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(XmlDates.parseDate("1999-03-14Z")).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(XmlDates.parseDate(" 1999-03-14+07:00 ")).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(XmlDates.parseDate("1999-03-14-05:00")).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(XmlDates.parseDate(null)).isNull();
        assertThat(XmlDates.printDate(LocalDate.of(2021, 8, 9))).isEqualTo("2021-08-09");
    }

    @Test
    void generatedTypesWriteSchemaValidDatesAndGenderCodesAndReadThemBack() throws Exception {
        JAXBContext jaxb = JAXBContext.newInstance(ObjectFactory.class);
        Citizen citizen = new Citizen();
        citizen.setPersonalIdentificationNumber("001099012345");
        citizen.setFullName("Nguyễn Văn An");
        citizen.setDateOfBirth(LocalDate.of(1999, 3, 14));
        citizen.setGender(GenderCode.MALE);
        citizen.setDateOfDeath(LocalDate.of(2021, 8, 9));
        GetCitizenResponse response = new GetCitizenResponse();
        response.setOutcome(QueryOutcome.FOUND);
        response.setCitizen(citizen);

        Marshaller marshaller = jaxb.createMarshaller();
        marshaller.setSchema(Contracts.npdQueryMessageSchema());
        StringWriter xml = new StringWriter();
        marshaller.marshal(new ObjectFactory().createGetCitizenResponse(response), xml);
        Unmarshaller unmarshaller = jaxb.createUnmarshaller();
        unmarshaller.setSchema(Contracts.npdQueryMessageSchema());
        Citizen read = unmarshaller.unmarshal(new StreamSource(new StringReader(xml.toString())), GetCitizenResponse.class)
                .getValue().getCitizen();

        assertThat(read.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(read.getDateOfBirth()).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(read.getDateOfDeath()).isEqualTo(LocalDate.of(2021, 8, 9));
        assertThat(read.getGender()).isEqualTo(GenderCode.MALE);
    }
}
