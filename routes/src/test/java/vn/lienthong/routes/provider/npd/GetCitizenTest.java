package vn.lienthong.routes.provider.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.npd.Citizen;
import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.GetCitizenRequest;
import vn.lienthong.wsdl.npd.GetCitizenResponse;
import vn.lienthong.wsdl.npd.InvalidRequest;
import vn.lienthong.wsdl.npd.MaritalStatus;
import vn.lienthong.wsdl.npd.NpdQueryPortType;
import vn.lienthong.wsdl.npd.QueryOutcome;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/** getCitizen through a JAX-WS client of the generated service interface, with X-Road headers. */
class GetCitizenTest {

    private static NpdProviderSystem npd;
    private static NpdQueryPortType port;

    @BeforeAll
    static void start() throws Exception {
        npd = NpdProviderSystem.builder().port(NpdTestFixtures.freePort()).dataSource(NpdTestFixtures.freshDatabase())
                .mandates(NpdTestFixtures.testMandates()).start();
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(NpdQueryPortType.class);
        factory.setAddress(npd.endpointUrl());
        port = factory.create(NpdQueryPortType.class);
        ((BindingProvider) port).getRequestContext().put(Header.HEADER_LIST, xroadHeaders());
    }

    @AfterAll
    static void stop() {
        npd.close();
    }

    @Test
    void knownCitizenIsFoundWithHisRecord() throws Exception {
        GetCitizenResponse response = port.getCitizen(request(NpdDemoCitizens.NGUYEN_VAN_AN, "full-record"));

        assertThat(response.getOutcome()).isEqualTo(QueryOutcome.FOUND);
        Citizen citizen = response.getCitizen();
        assertThat(citizen.getPersonalIdentificationNumber()).isEqualTo("001099012345");
        assertThat(citizen.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(citizen.getDateOfBirth()).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThat(citizen.getGender()).isEqualTo(GenderCode.MALE);
        assertThat(citizen.getEthnicityCode()).isEqualTo("01");
        assertThat(citizen.getNationality()).isEqualTo("VN");
        assertThat(citizen.getMaritalStatus()).isEqualTo(MaritalStatus.SINGLE);
        assertThat(citizen.getPermanentResidence().getProvinceCode()).isEqualTo("01");
        assertThat(citizen.getPermanentResidence().getCommuneCode()).isEqualTo("00208");
        assertThat(citizen.getPermanentResidence().getDetail()).isEqualTo("Số 12 ngõ 34 phố Chùa Bộc");
        assertThat(citizen.getDateOfDeath()).isNull();
    }

    @Test
    void deceasedCitizenCarriesHisDateOfDeath() throws Exception {
        GetCitizenResponse response = port.getCitizen(request(NpdDemoCitizens.VU_DINH_HUNG_DECEASED, "full-record"));

        assertThat(response.getOutcome()).isEqualTo(QueryOutcome.FOUND);
        assertThat(response.getCitizen().getDateOfDeath()).isEqualTo(LocalDate.of(2021, 8, 9));
        assertThat(response.getCitizen().getCurrentResidence()).isNull();
    }

    @Test
    void addressWithoutDistrictComesBackWithoutOne() throws Exception {
        Citizen citizen = port.getCitizen(request(NpdDemoCitizens.LE_MINH_KHANG, "residence-confirmation")).getCitizen();

        assertThat(citizen.getCurrentResidence().getDistrictCode()).isNull();
        assertThat(citizen.getCurrentResidence().getCommuneCode()).isEqualTo("00631");
        assertThat(citizen.getPermanentResidence().getDistrictCode()).isEqualTo("490");
    }

    @Test
    void unknownNumberIsNotFound() throws Exception {
        GetCitizenResponse response = port.getCitizen(request(NpdDemoCitizens.UNREGISTERED, "residence-confirmation"));

        assertThat(response.getOutcome()).isEqualTo(QueryOutcome.NOT_FOUND);
        assertThat(response.getCitizen()).isNull();
    }

    @Test
    void restrictedRecordIsNotPermittedAndNotDisclosed() throws Exception {
        GetCitizenResponse response = port.getCitizen(request(NpdDemoCitizens.DO_QUANG_VINH_RESTRICTED, "residence-confirmation"));

        assertThat(response.getOutcome()).isEqualTo(QueryOutcome.NOT_PERMITTED);
        assertThat(response.getCitizen()).isNull();
    }

    @Test
    void malformedNumberIsAClientFaultNamingTheField() {
        assertThatThrownBy(() -> port.getCitizen(request("00109901234", "residence-confirmation")))
                .isInstanceOfSatisfying(InvalidRequest.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode())
                            .isEqualTo(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER);
                    assertThat(fault.getFaultInfo().getField()).isEqualTo("personalIdentificationNumber");
                    assertThat(fault.getFaultInfo().getMessage()).contains("exactly 12 digits").contains("11 characters");
                });
    }

    @Test
    void numberWithLettersIsAClientFault() {
        assertThatThrownBy(() -> port.getCitizen(request("00109901234A", "residence-confirmation")))
                .isInstanceOfSatisfying(InvalidRequest.class, fault -> assertThat(fault.getFaultInfo().getCode())
                        .isEqualTo(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER));
    }

    @Test
    void missingPurposeIsAClientFault() {
        assertThatThrownBy(() -> port.getCitizen(request(NpdDemoCitizens.NGUYEN_VAN_AN, "  ")))
                .isInstanceOfSatisfying(InvalidRequest.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo(RequestFaultCode.MISSING_PURPOSE);
                    assertThat(fault.getFaultInfo().getField()).isEqualTo("purpose");
                });
    }

    @Test
    void clientSeesItsXRoadHeadersEchoedInTheResponseContext() throws Exception {
        port.getCitizen(request(NpdDemoCitizens.TON_THAT_BAO, "residence-confirmation"));

        Map<String, Object> responseContext = ((BindingProvider) port).getResponseContext();
        @SuppressWarnings("unchecked")
        List<Header> echoed = (List<Header>) responseContext.get(Header.HEADER_LIST);
        assertThat(echoed).extracting(header -> header.getName().getLocalPart())
                .containsExactly("client", "service", "userId", "id", "issue", "protocolVersion", "disclosure");
    }

    private static GetCitizenRequest request(String pin, String purpose) {
        GetCitizenRequest request = new GetCitizenRequest();
        request.setPersonalIdentificationNumber(pin);
        request.setPurpose(purpose);
        return request;
    }

    private static List<Header> xroadHeaders() throws Exception {
        List<Header> headers = new ArrayList<>();
        for (Element element : NpdTestFixtures.children(NpdTestFixtures.soapPart(
                NpdTestFixtures.parse(NpdTestFixtures.envelope(NpdTestFixtures.XROAD_HEADERS, "")), "Header"))) {
            headers.add(new Header(new QName(element.getNamespaceURI(), element.getLocalName()), element));
        }
        return headers;
    }
}
