package vn.lienthong.security.token;

import java.io.IOException;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

/**
 * A hardware token reached through PKCS#11, with a SunPKCS11 provider instance configured at run time for
 * this one slot. The provider is not registered in {@link Security}: the keys' {@code Provider} travels
 * with each credential instead. Keys are generated on the device and never leave it.
 */
public final class Pkcs11Token extends KeyStoreToken {

    private final Provider provider;

    private Pkcs11Token(String name, KeyStore store, Provider provider) {
        super(name, store, null, provider);
        this.provider = provider;
    }

    /**
     * Configures the provider for {@code settings} and logs in with {@code pin}.
     *
     * @throws TokenException {@code UNAVAILABLE} when the module or slot cannot be used,
     *                        {@code WRONG_PASSWORD} when the PIN is refused
     */
    public static Pkcs11Token open(Pkcs11Settings settings, char[] pin) throws TokenException {
        if (!Files.isRegularFile(settings.library())) {
            throw new TokenException(TokenException.Reason.UNAVAILABLE, "PKCS#11 module " + settings.library()
                    + " of token " + settings.name() + " does not exist: install the HSM vendor's library");
        }
        Provider provider;
        try {
            provider = Security.getProvider("SunPKCS11").configure("--" + settings.providerConfiguration());
        } catch (ProviderException | IllegalArgumentException e) {
            throw new TokenException(TokenException.Reason.UNAVAILABLE, "PKCS#11 token " + settings.name()
                    + " cannot be opened (module " + settings.library() + ", " + slotText(settings) + "): "
                    + rootMessage(e), e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new Pkcs11Token(settings.name(), store, provider);
        } catch (IOException e) {
            if (refusedLogin(e)) {
                throw new TokenException(TokenException.Reason.WRONG_PASSWORD,
                        "wrong PIN for PKCS#11 token " + settings.name());
            }
            throw new TokenException(TokenException.Reason.UNAVAILABLE,
                    "PKCS#11 token " + settings.name() + " cannot be opened: " + rootMessage(e), e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new TokenException(TokenException.Reason.UNAVAILABLE,
                    "PKCS#11 token " + settings.name() + " cannot be opened: " + rootMessage(e), e);
        }
    }

    @Override
    void persist() {
        // A PKCS#11 key store writes through to the device.
    }

    @Override
    public void close() {
        if (provider instanceof AuthProvider auth) {
            try {
                auth.logout();
            } catch (LoginException e) {
                // Logging out of a session that the device already closed: nothing is left to release.
            }
        }
    }

    private static boolean refusedLogin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailedLoginException
                    || t.getMessage() != null && t.getMessage().contains("CKR_PIN_INCORRECT")) {
                return true;
            }
        }
        return false;
    }

    private static String slotText(Pkcs11Settings settings) {
        return settings.slot() != null ? "slot " + settings.slot() : "slot list index " + settings.slotListIndex();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
