package vn.lienthong.benchmarks.scale.npd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class NpdOperationTest {

    private static final String NPD = "https://lienthong.gov.vn/npd/query/v1";
    private static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
    private static final SampledCitizen AN = new SampledCitizen("001099012345", "Nguyễn Văn An & Co", LocalDate.of(1999, 3, 14));

    @Test
    void verifyCitizenClaimsTheRecordedNameAndBirthDateUnderItsOwnServiceCode() throws Exception {
        Document request = parse(NpdOperation.VERIFY_CITIZEN.request(AN));

        assertThat(text(request, IDENTIFIERS, "serviceCode")).isEqualTo("verifyCitizen");
        assertThat(text(request, NPD, "personalIdentificationNumber")).isEqualTo("001099012345");
        assertThat(text(request, NPD, "purpose")).isEqualTo("identity-verification");
        assertThat(text(request, NPD, "fullName")).isEqualTo("Nguyễn Văn An & Co");
        assertThat(text(request, NPD, "dateOfBirth")).isEqualTo("1999-03-14");
    }

    @Test
    void getCitizenAsksForTheSampledCitizenWithAPurposeThePortalIsGranted() throws Exception {
        Document request = parse(NpdOperation.GET_CITIZEN.request(AN));

        assertThat(text(request, IDENTIFIERS, "serviceCode")).isEqualTo("getCitizen");
        assertThat(text(request, NPD, "personalIdentificationNumber")).isEqualTo("001099012345");
        assertThat(text(request, NPD, "purpose")).isEqualTo("household-business-registration");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String namespace, String name) {
        return document.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }
}
