package vn.lienthong.launcher.keys;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyStatus;
import vn.lienthong.security.keyconf.RevocationStatusSource;
import vn.lienthong.security.ocsp.OcspRevocationChecker;
import vn.lienthong.security.ocsp.OcspStatus;

/** {@code lienthong keys list}: every key with state, validity, days to expiry and OCSP status. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the token's keys: purpose, state, validity, days to expiry and the OCSP status of",
            "each certificate (asked now, with the time it was fetched); warns of certificates expiring soon."})
final class ListKeysCommand extends KeySubcommand {

    private static final String FORMAT = "%-38s %-30s %-8s %-8s %-20s %-20s %5s  %s%n";

    @Option(names = "--no-ocsp", description = "do not ask the OCSP responders")
    boolean noOcsp;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        List<KeyStatus> keys;
        if (noOcsp) {
            keys = workspace.manager().list(RevocationStatusSource.none());
        } else {
            try (OcspRevocationChecker ocsp = new OcspRevocationChecker(workspace.settings().ocsp(), parent.clock())) {
                keys = workspace.manager().list(chain -> Optional.of(ocsp.status(chain.get(0), chain.get(1))));
            }
        }
        if (keys.isEmpty()) {
            out().println("Token " + workspace.manager().token().name()
                    + " has no keys: lienthong keys generate --config DIR --for PURPOSE");
            return;
        }
        out().printf(FORMAT, "KEY", "PURPOSE", "STATE", "TYPE", "VALID FROM", "VALID TO", "DAYS", "OCSP");
        for (KeyStatus key : keys) {
            out().printf(FORMAT, key.key().alias(), key.key().purpose(), key.key().state(), key.type(),
                    key.validFrom().map(Object::toString).orElse("-"), key.validTo().map(Object::toString).orElse("-"),
                    key.daysToExpiry().map(Object::toString).orElse("-"), ocsp(key));
        }
        for (KeyStatus key : keys) {
            if (key.expiresSoon()) {
                out().println("WARNING: the certificate of key " + key.key().alias() + " (" + key.key().purpose()
                        + ") " + (key.daysToExpiry().orElse(0L) < 0 ? "has expired" : "expires in "
                        + key.daysToExpiry().orElse(0L) + " days") + " (" + key.validTo().orElseThrow()
                        + "): lienthong keys renew --config DIR --key " + key.key().alias());
            }
        }
    }

    private static String ocsp(KeyStatus key) {
        if (key.revocation().isEmpty()) {
            return key.certificate().isPresent() ? "not asked" : "-";
        }
        OcspStatus status = key.revocation().get();
        return switch (status.status()) {
            case GOOD, UNKNOWN -> status.status() + " (fetched " + status.fetchedAt() + ")";
            case REVOKED -> "REVOKED at " + status.revokedAt()
                    + (status.revocationReason() == null ? "" : " (" + status.revocationReason() + ")")
                    + " (fetched " + status.fetchedAt() + ")";
            case UNAVAILABLE -> "UNAVAILABLE (" + status.problem() + ")";
        };
    }
}
