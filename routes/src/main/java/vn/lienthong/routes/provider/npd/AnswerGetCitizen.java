package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.Address;
import vn.lienthong.wsdl.npd.Citizen;
import vn.lienthong.wsdl.npd.GetCitizenResponse;
import vn.lienthong.wsdl.npd.ObjectFactory;
import vn.lienthong.wsdl.npd.QueryOutcome;

/** Builds the getCitizen response: an explicit outcome (Circular 13/2017/TT-BTTTT Art. 8) and the record when FOUND. */
final class AnswerGetCitizen implements Processor {

    private static final ObjectFactory FACTORY = new ObjectFactory();

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        CitizenLookup lookup = exchange.getIn().getMandatoryBody(CitizenLookup.class);
        GetCitizenResponse response = new GetCitizenResponse();
        if (lookup instanceof CitizenLookup.Found found) {
            response.setOutcome(QueryOutcome.FOUND);
            response.setCitizen(citizen(found.citizen()));
        } else if (lookup instanceof CitizenLookup.Restricted) {
            response.setOutcome(QueryOutcome.NOT_PERMITTED);
        } else {
            response.setOutcome(QueryOutcome.NOT_FOUND);
        }
        exchange.getIn().setBody(FACTORY.createGetCitizenResponse(response));
    }

    private static Citizen citizen(CitizenRecord record) {
        Citizen citizen = new Citizen();
        citizen.setPersonalIdentificationNumber(record.personalIdentificationNumber().value());
        citizen.setFullName(record.fullName());
        citizen.setOtherNames(record.otherNames());
        citizen.setDateOfBirth(record.dateOfBirth());
        citizen.setGender(record.gender());
        citizen.setPlaceOfBirth(record.placeOfBirth());
        citizen.setHometown(record.hometown());
        citizen.setEthnicityCode(record.ethnicityCode());
        citizen.setReligion(record.religion());
        citizen.setNationality(record.nationality());
        citizen.setPermanentResidence(address(record.permanentResidence()));
        citizen.setCurrentResidence(address(record.currentResidence()));
        citizen.setMaritalStatus(record.maritalStatus());
        citizen.setDateOfDeath(record.dateOfDeath());
        return citizen;
    }

    private static Address address(ResidenceAddress residence) {
        if (residence == null) {
            return null;
        }
        Address address = new Address();
        address.setProvinceCode(residence.provinceCode());
        address.setDistrictCode(residence.districtCode());
        address.setCommuneCode(residence.communeCode());
        address.setDetail(residence.detail());
        return address;
    }
}
