package vn.lienthong.security.token;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a PKCS#11 token is: the vendor's module (e.g. {@code /usr/lib/softhsm/libsofthsm2.so}) and the slot.
 *
 * <p>A slot is named by its slot id ({@code slot}) or by its position in the module's slot list
 * ({@code slotListIndex}); exactly one of them is set. The SunPKCS11 provider cannot select a token by its
 * label, so an operator finds the slot id once (e.g. {@code softhsm2-util --show-slots},
 * {@code pkcs11-tool --list-slots}) and writes it down.
 */
public record Pkcs11Settings(String name, Path library, Long slot, Integer slotListIndex) {

    public Pkcs11Settings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(library, "library");
        if ((slot == null) == (slotListIndex == null)) {
            throw new IllegalArgumentException("PKCS#11 token " + name + ": set exactly one of slot and slotListIndex");
        }
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("PKCS#11 token name '" + name + "' may hold letters, digits, '_' and '-' only");
        }
    }

    public static Pkcs11Settings bySlotId(String name, Path library, long slot) {
        return new Pkcs11Settings(name, library, slot, null);
    }

    public static Pkcs11Settings bySlotIndex(String name, Path library, int slotListIndex) {
        return new Pkcs11Settings(name, library, null, slotListIndex);
    }

    /**
     * The SunPKCS11 configuration. Generated private keys are token objects (they survive a restart),
     * sensitive and not extractable; public keys stay session objects because the certificate carries them.
     */
    String providerConfiguration() {
        return "name = LienThong-" + name + "\n"
                + "library = " + library.toAbsolutePath() + "\n"
                + (slot != null ? "slot = " + slot : "slotListIndex = " + slotListIndex) + "\n"
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                + "  CKA_TOKEN = true\n"
                + "  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n"
                + "}\n";
    }
}
