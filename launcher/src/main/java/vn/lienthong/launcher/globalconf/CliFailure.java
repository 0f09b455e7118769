package vn.lienthong.launcher.globalconf;

import java.io.IOException;
import java.io.UncheckedIOException;
import vn.lienthong.certs.keystore.KeyStorePasswordException;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.authority.RequestRefusedException;
import vn.lienthong.globalconf.request.SubmissionRefusedException;

/** A failed command as the person at the terminal needs it: one line, and exit code 2 (input) or 1 (anything else). */
record CliFailure(int exitCode, String message) {

    static final int FAILED = 1;
    static final int INPUT_ERROR = 2;

    static CliFailure of(Exception e) {
        if (e instanceof CliInputException || e instanceof ConfException || e instanceof IllegalArgumentException) {
            return new CliFailure(INPUT_ERROR, e.getMessage());
        }
        if (e instanceof KeyStorePasswordException) {
            return new CliFailure(INPUT_ERROR, e.getMessage() + ": give its password in --keystore-password-file FILE"
                    + " or " + KeystorePassword.ENVIRONMENT_VARIABLE);
        }
        if (e instanceof RequestRefusedException refused) {
            return new CliFailure(INPUT_ERROR, refused.reason() + ": " + refused.getMessage());
        }
        if (e instanceof SubmissionRefusedException) {
            return new CliFailure(INPUT_ERROR, e.getMessage());
        }
        if (e instanceof UncheckedIOException) {
            return new CliFailure(FAILED, e.getMessage());
        }
        if (e instanceof IOException io) {
            return new CliFailure(FAILED, "input/output failed: " + io.getMessage() + "; check the paths and their"
                    + " permissions");
        }
        return new CliFailure(FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
