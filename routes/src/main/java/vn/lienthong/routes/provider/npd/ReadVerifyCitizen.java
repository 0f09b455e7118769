package vn.lienthong.routes.provider.npd;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.record.AddressKind;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.wsdl.npd.Address;
import vn.lienthong.wsdl.npd.CitizenClaims;
import vn.lienthong.wsdl.npd.RequestFaultCode;
import vn.lienthong.wsdl.npd.VerifyCitizenRequest;

/**
 * Checks a verifyCitizen request and turns each claimed attribute into a test on the record, named by
 * the field it reads (the mandate must cover every one of them). Text is compared without regard to
 * letter case, surrounding space or Unicode composition, never to diacritics.
 */
final class ReadVerifyCitizen implements Processor {

    /** One claimed attribute: the field it concerns and the test of the record. */
    record Claim(String field, Predicate<CitizenRecord> holds) {
    }

    /** A validated verification request. */
    record Verification(String pin, List<Claim> claims) {
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        VerifyCitizenRequest request = exchange.getIn().getMandatoryBody(VerifyCitizenRequest.class);
        String pin = QueryRules.pin(request.getPersonalIdentificationNumber());
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        List<Claim> claims = claims(request.getClaims());
        if (claims.isEmpty()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.NO_CLAIMS, "claims",
                    "claims is empty: state at least one attribute to verify.");
        }
        exchange.getIn().setBody(new Verification(pin, claims));
    }

    private static List<Claim> claims(CitizenClaims given) {
        List<Claim> claims = new ArrayList<>();
        if (given == null) {
            return claims;
        }
        if (given.getFullName() != null) {
            String name = normal(given.getFullName());
            claims.add(new Claim("fullName", r -> name.equals(normal(r.fullName()))));
        }
        if (given.getDateOfBirth() != null) {
            claims.add(new Claim("dateOfBirth", r -> given.getDateOfBirth().equals(r.dateOfBirth())));
        }
        if (given.getGender() != null) {
            claims.add(new Claim("gender", r -> given.getGender() == r.gender()));
        }
        if (given.getNationality() != null) {
            claims.add(new Claim("nationality", r -> given.getNationality().equals(r.get(CitizenField.NATIONALITY))));
        }
        if (given.getPermanentResidence() != null) {
            claims.add(address(AddressKind.PERMANENT, given.getPermanentResidence()));
        }
        if (given.getCurrentResidence() != null) {
            claims.add(address(AddressKind.CURRENT, given.getCurrentResidence()));
        }
        if (given.getMaritalStatus() != null) {
            claims.add(new Claim("maritalStatus", r -> given.getMaritalStatus() == r.maritalStatus()));
        }
        if (given.getIdentityCardNumber() != null) {
            String number = given.getIdentityCardNumber().strip();
            claims.add(new Claim("identityCard", r -> number.equals(r.get(CitizenField.ID_CARD_NUMBER))));
        }
        if (given.isAlive() != null) {
            boolean alive = given.isAlive();
            claims.add(new Claim("dateOfDeath", r -> alive == (r.dateOfDeath().isEmpty()
                    && !r.has(CitizenField.DATE_OF_DISAPPEARANCE))));
        }
        return claims;
    }

    private static Claim address(AddressKind kind, Address claimed) {
        return new Claim(kind.group(), r -> kind.of(r).map(a -> Objects.equals(a.provinceCode(), claimed.getProvinceCode())
                && Objects.equals(a.communeCode(), claimed.getCommuneCode())
                && (claimed.getDistrictCode() == null || claimed.getDistrictCode().equals(a.districtCode()))
                && (claimed.getDetail() == null || normal(claimed.getDetail()).equals(normal(a.detail()))))
                .orElse(false));
    }

    private static String normal(String text) {
        return text == null ? null
                : Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
