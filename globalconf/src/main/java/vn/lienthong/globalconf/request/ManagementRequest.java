package vn.lienthong.globalconf.request;

import java.util.Set;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.registry.Registry;

/** A change to the registry that a member asks for; it takes effect only when an administrator approves it. */
public sealed interface ManagementRequest
        permits RegisterSubsystem, RegisterAuthCertificate, ChangeAddress, DeleteClient, DeleteServer {

    /** The member that signs the request. */
    MemberId requester();

    /** The security server the request is about. */
    SecurityServerId server();

    /** The request type as it appears in XML and listings. */
    String type();

    /** The members whose signature this request needs (the requester must be one of them). */
    Set<MemberId> authorizedRequesters();

    /** The registry with this request applied; {@link vn.lienthong.globalconf.registry.RegistryException} if it no longer fits. */
    Registry applyTo(Registry registry);

    /** One line for an administrator. */
    String summary();
}
