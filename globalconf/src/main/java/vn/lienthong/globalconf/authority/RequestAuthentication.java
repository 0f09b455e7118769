package vn.lienthong.globalconf.authority;

import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.BAD_AUTH_CERTIFICATE;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.BAD_SIGNATURE;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.INCONSISTENT;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.MALFORMED;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.NOT_AUTHORIZED;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.STALE;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.UNKNOWN_MEMBER;
import static vn.lienthong.globalconf.authority.RequestRefusedException.Reason.UNTRUSTED_SIGNER;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.RegisterAuthCertificate;
import vn.lienthong.globalconf.request.RequestDocument;
import vn.lienthong.globalconf.request.SignedManagementRequest;

/**
 * The checks a request passes before the authority stores it: well-formed; created within {@link #MAX_AGE} (and not
 * more than {@link #MAX_SKEW} ahead); the requester is a registered member allowed to ask for this change; the
 * signer's certificate names the requester (its registered member certificate, or one from an approved CA that
 * {@link CertificateProfile} says is the requester's) and the signature verifies; an authentication certificate to
 * register comes from an approved CA and names the server; and the change fits the registry as it is now.
 */
final class RequestAuthentication {

    static final Duration MAX_AGE = Duration.ofHours(1);
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private RequestAuthentication() {
    }

    static RequestDocument authenticate(SignedManagementRequest signed, Registry registry, Instant now) {
        RequestDocument document;
        try {
            document = signed.document();
        } catch (ConfException e) {
            throw new RequestRefusedException(MALFORMED, e.getMessage());
        }
        ManagementRequest request = document.request();
        if (document.createdAt().isBefore(now.minus(MAX_AGE)) || document.createdAt().isAfter(now.plus(MAX_SKEW))) {
            throw new RequestRefusedException(STALE, "the request was created at " + document.createdAt()
                    + ", not within " + MAX_AGE.toMinutes() + " minutes of the authority's clock (" + now
                    + "): check the clock and sign it again");
        }
        MemberId requester = request.requester();
        Optional<MemberInfo> member = registry.member(requester);
        if (member.isEmpty()) {
            throw new RequestRefusedException(UNKNOWN_MEMBER, requester + " is not a registered member of "
                    + registry.instance() + ": the member must be registered by the authority first");
        }
        if (!request.authorizedRequesters().contains(requester)) {
            throw new RequestRefusedException(NOT_AUTHORIZED, requester + " may not " + request.summary()
                    + ": only " + request.authorizedRequesters() + " may");
        }
        X509Certificate signer = signed.signer();
        if (!isRequestersCertificate(signer, member.get(), signed, registry, now)) {
            throw new RequestRefusedException(UNTRUSTED_SIGNER, "the request is signed with a certificate ("
                    + signer.getSubjectX500Principal().getName() + ") that is not " + requester
                    + "'s signing certificate from an approved CA: sign with the member's signing key");
        }
        if (!signed.signatureVerifies()) {
            throw new RequestRefusedException(BAD_SIGNATURE, "the signature of the request does not verify with the"
                    + " signer's certificate: the request was altered, or signed with another key");
        }
        if (request instanceof RegisterAuthCertificate auth) {
            checkAuthCertificate(auth, registry, now);
        }
        try {
            request.applyTo(registry);
        } catch (ConfException e) {
            throw new RequestRefusedException(INCONSISTENT, e.getMessage());
        }
        return document;
    }

    private static boolean isRequestersCertificate(X509Certificate signer, MemberInfo member,
            SignedManagementRequest signed, Registry registry, Instant now) {
        if (signer.equals(member.certificate())) {
            return true;
        }
        return CertificateProfile.memberOf(signer).filter(member.id()::equals).isPresent()
                && ApprovedCaPaths.chains(signer, signed.signerChain(), registry, now);
    }

    private static void checkAuthCertificate(RegisterAuthCertificate auth, Registry registry, Instant now) {
        Optional<SecurityServerId> named = CertificateProfile.serverOf(auth.certificate());
        if (named.isEmpty() || !named.get().equals(auth.server())) {
            throw new RequestRefusedException(BAD_AUTH_CERTIFICATE, "the authentication certificate names "
                    + named.map(Object::toString).orElse("no security server") + ", not " + auth.server()
                    + ": register the certificate the CA issued for this server");
        }
        if (!ApprovedCaPaths.chains(auth.certificate(), List.of(), registry, now)) {
            throw new RequestRefusedException(BAD_AUTH_CERTIFICATE, "the authentication certificate of "
                    + auth.server() + " is not valid or not issued by an approved CA");
        }
    }
}
