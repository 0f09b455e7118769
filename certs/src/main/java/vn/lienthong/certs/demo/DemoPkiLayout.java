package vn.lienthong.certs.demo;

import java.nio.file.Path;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/** Where the demo PKI keeps each file under its directory. */
record DemoPkiLayout(Path dir) {

    Path passwordFile() {
        return dir.resolve("secrets").resolve("keystore-password");
    }

    Path lockFile() {
        return dir.resolve(".lock");
    }

    Path caDirectory() {
        return dir.resolve("ca");
    }

    Path memberKeystore(MemberId member) {
        return dir.resolve("members").resolve(fileName(member) + ".p12");
    }

    Path memberCertificatePem(MemberId member) {
        return dir.resolve("members").resolve(fileName(member) + ".pem");
    }

    Path serverKeystore(SecurityServerId server) {
        return dir.resolve("servers").resolve(fileName(server) + ".p12");
    }

    Path serverCertificatePem(SecurityServerId server) {
        return dir.resolve("servers").resolve(fileName(server) + ".pem");
    }

    /** {@code <instance>_<class>_<code>}. */
    static String fileName(MemberId member) {
        return member.instance() + "_" + member.memberClass() + "_" + member.memberCode();
    }

    /** {@code <instance>_<class>_<member>_<serverCode>}. */
    static String fileName(SecurityServerId server) {
        return fileName(server.owner()) + "_" + server.serverCode();
    }
}
