package vn.lienthong.certs.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.services.CaServices;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * Where the demo PKI put everything. Two results of {@link DemoPki#generate} over an unchanged directory
 * are equal.
 *
 * @param directory                  the demo PKI directory
 * @param passwordFile               the password of every key store in the directory (CA and parties)
 * @param caDirectory                the CA's own directory
 * @param rootCertificatePem         the trust anchor
 * @param intermediateCertificatePem the issuing CA
 * @param members                    each member's key store (alias {@value DemoPki#SIGNING_ALIAS}) and certificate
 * @param servers                    each server's key store (alias {@value DemoPki#AUTH_ALIAS}) and certificate
 * @param ocspResponderCertificatePem the CA's delegated OCSP responder certificate (relying parties that check
 *                                    OCSP answers with openssl give it as {@code -verify_other})
 * @param tsaCertificatePem          the CA's time-stamping authority certificate
 */
public record DemoPkiResult(Path directory, Path passwordFile, Path caDirectory, Path rootCertificatePem,
                            Path intermediateCertificatePem, Map<MemberId, Party> members,
                            Map<SecurityServerId, Party> servers, Path ocspResponderCertificatePem,
                            Path tsaCertificatePem) {

    /** One party's PKCS#12 key store and the PEM of its certificate. */
    public record Party(Path keystore, Path certificatePem, X509Certificate certificate) {
    }

    public DemoPkiResult {
        members = Map.copyOf(members);
        servers = Map.copyOf(servers);
    }

    public Path memberKeystore(MemberId member) {
        return member(member).keystore();
    }

    public Path memberCertificatePem(MemberId member) {
        return member(member).certificatePem();
    }

    public X509Certificate memberCertificate(MemberId member) {
        return member(member).certificate();
    }

    public Path serverKeystore(SecurityServerId server) {
        return server(server).keystore();
    }

    public Path serverCertificatePem(SecurityServerId server) {
        return server(server).certificatePem();
    }

    public X509Certificate serverCertificate(SecurityServerId server) {
        return server(server).certificate();
    }

    /** Lowercase hex SHA-256 of the DER authentication certificate, as TLS certificate pinning compares it. */
    public String authCertificateSha256Hex(SecurityServerId server) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(serverCertificate(server).getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot hash the certificate of security server " + server, e);
        }
    }

    /** The key store password, read from {@link #passwordFile()}. */
    public char[] readPassword() throws IOException {
        return Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    /**
     * Opens the demo CA and starts its OCSP responder and time-stamping authority on loopback (port 0 picks a
     * free port; {@link CaServices#ocspUri()} and {@link CaServices#tsaUri()} tell where). Close it to stop them.
     */
    public CaServices startCaServices(int ocspPort, int tsaPort) throws IOException {
        char[] password = readPassword();
        try {
            return CaServices.start(CertificateAuthority.open(caDirectory, password),
                    password, CaServices.Settings.loopback(ocspPort, tsaPort));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Party member(MemberId member) {
        Party party = members.get(member);
        if (party == null) {
            throw new IllegalArgumentException("the demo PKI in " + directory + " has no key store for member "
                    + member + ": add the member to the list given to DemoPki.generate");
        }
        return party;
    }

    private Party server(SecurityServerId server) {
        Party party = servers.get(server);
        if (party == null) {
            throw new IllegalArgumentException("the demo PKI in " + directory + " has no key store for security"
                    + " server " + server + ": add the server to the list given to DemoPki.generate");
        }
        return party;
    }
}
