package vn.lienthong.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.security.testpki.TestPki;

class SigningCredentialTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path directory;

    private final SigningCredential credential = TestPki.ec().member(TestPki.MEMBER_A);
    private Path file;

    @BeforeEach
    void writeKeyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("sign", credential.privateKey(), PASSWORD, credential.chain());
        store.setCertificateEntry("root", TestPki.ec().root());
        file = directory.resolve("member.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
    }

    @Test
    void loadsKeyAndChainLeafFirst() throws Exception {
        SigningCredential loaded = SigningCredential.fromPkcs12(file, PASSWORD, "sign");

        assertThat(loaded.privateKey()).isEqualTo(credential.privateKey());
        // The JDK's PKCS#12 store completes the chain with the root, which is also in the file.
        assertThat(loaded.chain()).containsExactly(credential.certificate(), TestPki.ec().intermediate(),
                TestPki.ec().root());
        assertThat(loaded.certificate()).isEqualTo(credential.certificate());
    }

    @Test
    void wrongPasswordIsReportedAsSuch() {
        CredentialLoadException e = catchThrowableOfType(CredentialLoadException.class,
                () -> SigningCredential.fromPkcs12(file, "wrong".toCharArray(), "sign"));

        assertThat(e.reason()).isEqualTo(CredentialLoadException.Reason.WRONG_PASSWORD);
    }

    @Test
    void missingAliasIsReportedAsSuch() {
        CredentialLoadException e = catchThrowableOfType(CredentialLoadException.class,
                () -> SigningCredential.fromPkcs12(file, PASSWORD, "auth"));

        assertThat(e.reason()).isEqualTo(CredentialLoadException.Reason.ALIAS_MISSING);
    }

    @Test
    void certificateEntryIsNotAKey() {
        CredentialLoadException e = catchThrowableOfType(CredentialLoadException.class,
                () -> SigningCredential.fromPkcs12(file, PASSWORD, "root"));

        assertThat(e.reason()).isEqualTo(CredentialLoadException.Reason.NOT_A_KEY_ENTRY);
    }

    @Test
    void missingFileIsReportedAsSuch() {
        CredentialLoadException e = catchThrowableOfType(CredentialLoadException.class,
                () -> SigningCredential.fromPkcs12(directory.resolve("absent.p12"), PASSWORD, "sign"));

        assertThat(e.reason()).isEqualTo(CredentialLoadException.Reason.FILE_MISSING);
    }

    @Test
    void fileThatIsNotAKeyStoreIsUnreadable() throws Exception {
        Path garbage = Files.writeString(directory.resolve("garbage.p12"), "not a key store");

        CredentialLoadException e = catchThrowableOfType(CredentialLoadException.class,
                () -> SigningCredential.fromPkcs12(garbage, PASSWORD, "sign"));

        assertThat(e.reason()).isEqualTo(CredentialLoadException.Reason.UNREADABLE);
    }

    @Test
    void toStringNamesTheCertificateButNoKeyMaterial() {
        String text = credential.toString();

        assertThat(text).contains("CN=MPS").contains("EC");
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(credential.privateKey().getEncoded()))
                .doesNotContain(credential.privateKey().toString());
    }
}
