package vn.lienthong.certs.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.certs.crypto.SignatureAlgorithms;
import vn.lienthong.certs.files.AtomicFiles;
import vn.lienthong.certs.pem.Pem;

/**
 * Signs X.509 v2 CRLs with the intermediate's key: every revoked certificate of the index with its revocation
 * time and reason (no reason code for {@code unspecified}, as RFC 5280 section 5.3.1 recommends), the CRL
 * number and the authority key identifier; then writes the CRL as DER and PEM.
 */
final class CrlIssuer {

    private final CaDirectory files;
    private final X509Certificate intermediate;
    private final IssuerKey issuer;
    private final FileCounter numbers;

    CrlIssuer(CaDirectory files, X509Certificate intermediate, IssuerKey issuer) {
        this.files = files;
        this.intermediate = intermediate;
        this.issuer = issuer;
        this.numbers = new FileCounter(files.crlNumber(), "CRL number", BigInteger.ONE);
    }

    synchronized IssuedCrl issue(List<IssuedCertificate> entries, Instant thisUpdate, Instant nextUpdate)
            throws IOException {
        BigInteger number = numbers.next();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(issuer.name().getEncoded()),
                Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (IssuedCertificate entry : entries) {
            if (entry.isRevoked()) {
                addEntry(builder, entry);
            }
        }
        try {
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            builder.addExtension(CertificateExtensions.authorityKeyIdentifierOf(intermediate));
            X509CRL crl = new JcaX509CRLConverter().getCRL(builder.build(
                    new JcaContentSignerBuilder(SignatureAlgorithms.forKey(issuer.privateKey()))
                            .build(issuer.privateKey())));
            byte[] der = crl.getEncoded();
            AtomicFiles.write(files.crlDer(), der);
            AtomicFiles.write(files.crlPem(), Pem.encode("X509 CRL", der).getBytes(StandardCharsets.US_ASCII));
            return new IssuedCrl(crl, number, files.crlDer(), files.crlPem());
        } catch (OperatorCreationException | CRLException e) {
            throw new CertificateAuthorityException("could not sign CRL number " + number + " with the key of "
                    + issuer.name() + ": " + e.getMessage(), e);
        }
    }

    /** Bouncy Castle leaves the reason code out for 0, which is {@code unspecified}. */
    private static void addEntry(X509v2CRLBuilder builder, IssuedCertificate entry) {
        Revocation revocation = entry.revocation();
        builder.addCRLEntry(entry.serialNumber(), Date.from(revocation.time()), revocation.reason().code());
    }
}
