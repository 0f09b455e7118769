package vn.lienthong.security.keyconf;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.operator.OperatorCreationException;
import vn.lienthong.security.keyconf.KeyManagementException.Reason;
import vn.lienthong.security.ocsp.OcspStatus;
import vn.lienthong.security.token.KeyType;
import vn.lienthong.security.token.Token;
import vn.lienthong.security.token.TokenException;
import vn.lienthong.security.token.TokenKey;
import vn.lienthong.security.trust.TrustAnchors;

/**
 * A security officer's operations on the keys of one token: generate, request a certificate, import it,
 * activate, disable, delete, renew, list. Keeps the token, its {@link KeyMetadataFile} and the
 * {@link ActiveKeys} in step. Thread-safe (one operation at a time).
 *
 * <p>Renewal: {@link #renew} makes a new key for the same purpose beside the active one; once its
 * certificate is imported, {@link #activate} switches atomically and the old key becomes {@code READY}.
 */
public final class KeyManager {

    /** How long before expiry {@code keys list} warns by default. */
    public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofDays(30);

    private static final DateTimeFormatter ALIAS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Token token;
    private final KeyMetadataFile metadata;
    private final IssuedCertificateCheck certificateCheck;
    private final Clock clock;
    private final Duration expiryWarning;
    private final ActiveKeys activeKeys = new ActiveKeys();

    private KeyManager(Token token, KeyMetadataFile metadata, TrustAnchors approvedCas, Clock clock,
                       Duration expiryWarning) {
        this.token = Objects.requireNonNull(token, "token");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.certificateCheck = new IssuedCertificateCheck(approvedCas);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expiryWarning = Objects.requireNonNull(expiryWarning, "expiryWarning");
    }

    /**
     * @param approvedCas   the federation's approved CAs, which imported certificates must chain to
     * @param expiryWarning how long before expiry a certificate is flagged ({@link #DEFAULT_EXPIRY_WARNING})
     */
    public static KeyManager open(Token token, KeyMetadataFile metadata, TrustAnchors approvedCas, Clock clock,
                                  Duration expiryWarning) throws KeyManagementException {
        KeyManager manager = new KeyManager(token, metadata, approvedCas, clock, expiryWarning);
        manager.publish(manager.metadata.read());
        return manager;
    }

    public Token token() {
        return token;
    }

    /** The active keys, updated by every activation, disabling and deletion. */
    public ActiveKeys activeKeys() {
        return activeKeys;
    }

    /** Generates a key pair in the token for {@code purpose}; the new key is {@code NEW}. */
    public synchronized KeyRecord generate(KeyPurpose purpose, KeyType type) throws KeyManagementException {
        Map<String, KeyRecord> records = metadata.read();
        Instant now = clock.instant();
        String alias = purpose.role().name().toLowerCase(Locale.ROOT) + "-" + ALIAS_TIME.format(now)
                + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        token(() -> token.generateKeyPair(alias, type));
        KeyRecord record = new KeyRecord(alias, purpose, KeyState.NEW, now);
        records.put(alias, record);
        metadata.write(records);
        return record;
    }

    /** A new key for the purpose of {@code alias}, of the same type, beside it (which stays as it is). */
    public synchronized KeyRecord renew(String alias) throws KeyManagementException {
        KeyRecord old = record(metadata.read(), alias);
        TokenKey key = token(() -> token.key(alias));
        return generate(old.purpose(), key.type());
    }

    /** The PKCS#10 request (PEM) for key {@code alias}, with the subject its purpose prescribes. */
    public synchronized String certificationRequest(String alias) throws KeyManagementException {
        KeyRecord record = record(metadata.read(), alias);
        TokenKey key = token(() -> token.key(alias));
        try {
            return CertificationRequests.pem(CertificationRequests.create(record.purpose().subject(), key.publicKey(),
                    token(() -> token.privateKey(alias)), token.provider().orElse(null)));
        } catch (OperatorCreationException e) {
            throw new KeyManagementException(Reason.TOKEN_FAILED,
                    "token " + token.name() + " cannot sign the request of key " + alias + ": " + e.getMessage(), e);
        }
    }

    /**
     * Imports an issued certificate (leaf first; intermediates optional) for the key it matches, or for
     * {@code alias} when given. The key becomes {@code READY} (an active key keeps its state).
     */
    public synchronized KeyRecord importCertificate(List<X509Certificate> chain, Optional<String> alias)
            throws KeyManagementException {
        if (chain.isEmpty()) {
            throw new KeyManagementException(Reason.CERTIFICATE_REFUSED, "the file holds no certificate");
        }
        Map<String, KeyRecord> records = metadata.read();
        TokenKey key = alias.isPresent() ? token(() -> token.key(alias.get())) : keyMatching(chain.get(0), records);
        KeyRecord record = record(records, key.alias());
        List<X509Certificate> path = certificateCheck.check(chain, key, record.purpose(), clock.instant());
        token(() -> {
            token.importCertificate(key.alias(), path);
            return null;
        });
        KeyRecord imported = record.state() == KeyState.NEW ? record.withState(KeyState.READY) : record;
        records.put(key.alias(), imported);
        metadata.write(records);
        publish(records);
        return imported;
    }

    /** Makes {@code alias} the active key of its purpose; the previously active one becomes {@code READY}. */
    public synchronized KeyRecord activate(String alias) throws KeyManagementException {
        Map<String, KeyRecord> records = metadata.read();
        KeyRecord record = record(records, alias);
        TokenKey key = token(() -> token.key(alias));
        X509Certificate certificate = key.certificate().orElseThrow(() -> new KeyManagementException(
                Reason.WRONG_STATE, "key " + alias + " has no certificate yet: import it first (lienthong keys import)"));
        if (certificate.getNotAfter().toInstant().isBefore(clock.instant())) {
            throw new KeyManagementException(Reason.CERTIFICATE_EXPIRED, "certificate expired at "
                    + certificate.getNotAfter().toInstant() + " for key " + alias + ": renew the key (lienthong keys renew)");
        }
        for (KeyRecord other : List.copyOf(records.values())) {
            if (other.state() == KeyState.ACTIVE && other.purpose().equals(record.purpose())) {
                records.put(other.alias(), other.withState(KeyState.READY));
            }
        }
        KeyRecord active = record.withState(KeyState.ACTIVE);
        records.put(alias, active);
        publish(records);
        metadata.write(records);
        return active;
    }

    /** Takes {@code alias} out of use; its purpose has no active key until another is activated. */
    public synchronized KeyRecord disable(String alias) throws KeyManagementException {
        Map<String, KeyRecord> records = metadata.read();
        KeyRecord disabled = record(records, alias).withState(KeyState.DISABLED);
        records.put(alias, disabled);
        publish(records);
        metadata.write(records);
        return disabled;
    }

    /** Deletes a key that is not active from the token and the key configuration. */
    public synchronized void delete(String alias) throws KeyManagementException {
        Map<String, KeyRecord> records = metadata.read();
        KeyRecord record = records.get(alias);
        if (record != null && record.state() == KeyState.ACTIVE) {
            throw new KeyManagementException(Reason.WRONG_STATE, "key " + alias + " is active for "
                    + record.purpose() + ": activate another key or disable it first (lienthong keys disable)");
        }
        token(() -> {
            token.delete(alias);
            return null;
        });
        records.remove(alias);
        metadata.write(records);
    }

    /** Every key of the token with its state, certificate validity and (if asked) OCSP status. */
    public synchronized List<KeyStatus> list(RevocationStatusSource revocation) throws KeyManagementException {
        Map<String, KeyRecord> records = metadata.read();
        Instant now = clock.instant();
        List<KeyStatus> statuses = new ArrayList<>();
        for (TokenKey key : token(token::keys)) {
            KeyRecord record = records.get(key.alias());
            if (record == null) {
                continue;
            }
            Optional<X509Certificate> certificate = key.certificate();
            Optional<Long> days = certificate.map(c -> Duration.between(now, c.getNotAfter().toInstant()).toDays());
            boolean soon = certificate.map(c -> c.getNotAfter().toInstant().isBefore(now.plus(expiryWarning)))
                    .orElse(false);
            Optional<OcspStatus> ocsp = key.chain().size() > 1
                    ? revocation.statusOf(key.chain()) : Optional.empty();
            statuses.add(new KeyStatus(token.name(), record, key.type(), certificate, days, soon, ocsp));
        }
        return statuses;
    }

    private TokenKey keyMatching(X509Certificate leaf, Map<String, KeyRecord> records) throws KeyManagementException {
        for (TokenKey key : token(token::keys)) {
            if (records.containsKey(key.alias()) && key.publicKey().equals(leaf.getPublicKey())) {
                return key;
            }
        }
        throw new KeyManagementException(Reason.CERTIFICATE_MISMATCH, "certificate does not match any key of token "
                + token.name() + " (serial " + leaf.getSerialNumber().toString(16)
                + "): import the certificate issued for a CSR made here (lienthong keys csr)");
    }

    private KeyRecord record(Map<String, KeyRecord> records, String alias) throws KeyManagementException {
        KeyRecord record = records.get(alias);
        if (record == null) {
            throw new KeyManagementException(Reason.NO_SUCH_KEY, "token " + token.name() + " has no key " + alias
                    + ": see lienthong keys list");
        }
        return record;
    }

    private void publish(Map<String, KeyRecord> records) throws KeyManagementException {
        token(() -> {
            activeKeys.publish(token, records.values());
            return null;
        });
    }

    private interface TokenCall<T> {
        T call() throws TokenException;
    }

    private <T> T token(TokenCall<T> call) throws KeyManagementException {
        try {
            return call.call();
        } catch (TokenException e) {
            Reason reason = switch (e.reason()) {
                case NO_SUCH_KEY -> Reason.NO_SUCH_KEY;
                case WRONG_PASSWORD -> Reason.WRONG_PASSWORD;
                case KEY_EXISTS -> Reason.WRONG_STATE;
                case UNAVAILABLE, FAILED -> Reason.TOKEN_FAILED;
            };
            throw new KeyManagementException(reason, e.getMessage(), e);
        }
    }
}
