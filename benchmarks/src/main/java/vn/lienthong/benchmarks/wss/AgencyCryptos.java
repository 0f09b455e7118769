package vn.lienthong.benchmarks.wss;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;

/**
 * The WSS4J {@link Merlin} cryptos an agency configures: its own key store (signing, decryption), a trust
 * store of the approved CAs (signature verification, PKIX path check on every message) and, for a consumer,
 * a store with the provider's certificate (encryption).
 */
final class AgencyCryptos {

    static final String PEER_ALIAS = "peer";

    private AgencyCryptos() {
    }

    static Crypto own(AgencyKeys keys) {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keys.keystore());
        return merlin;
    }

    static Crypto trust(AgencyKeys keys) {
        KeyStore store = emptyStore();
        try {
            int i = 0;
            for (X509Certificate ca : keys.caCertificates()) {
                store.setCertificateEntry("ca-" + i++, ca);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
        Merlin merlin = new Merlin();
        merlin.setTrustStore(store);
        return merlin;
    }

    static Crypto peer(X509Certificate peer) {
        KeyStore store = emptyStore();
        try {
            store.setCertificateEntry(PEER_ALIAS, peer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the encryption store", e);
        }
        Merlin merlin = new Merlin();
        merlin.setKeyStore(store);
        return merlin;
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("no PKCS#12 key store type", e);
        }
    }
}
