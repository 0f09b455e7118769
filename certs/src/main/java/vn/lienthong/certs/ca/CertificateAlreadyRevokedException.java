package vn.lienthong.certs.ca;

/** A revocation was asked for a certificate that is revoked already; {@link #entry()} tells when and why. */
public final class CertificateAlreadyRevokedException extends CertificateAuthorityException {

    private final IssuedCertificate entry;

    CertificateAlreadyRevokedException(IssuedCertificate entry) {
        super("certificate " + IssuedCertificateIndex.hex(entry.serialNumber()) + " (" + entry.subject()
                + ") was already revoked at " + entry.revocation().time() + " for " + entry.revocation().reason()
                + ": nothing to do; a revocation is final and its time and reason stay as recorded");
        this.entry = entry;
    }

    public IssuedCertificate entry() {
        return entry;
    }
}
