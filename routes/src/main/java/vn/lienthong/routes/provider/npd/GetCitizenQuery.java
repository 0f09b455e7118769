package vn.lienthong.routes.provider.npd;

/** A getCitizen request that passed validation. */
record GetCitizenQuery(PersonalIdentificationNumber pin, String purpose) {
}
