package vn.lienthong.launcher.keys;

import vn.lienthong.conf.ConfException;
import vn.lienthong.security.keyconf.KeyManagementException;
import vn.lienthong.security.token.TokenException;

/** One line and an exit code for anything a keys command can fail with: 2 for input errors, 1 otherwise. */
record Failures(String message, int exitCode) {

    static final int INPUT_ERROR = 2;
    static final int FAILURE = 1;

    static Failures of(Exception e) {
        if (e instanceof KeyManagementException k) {
            if (k.reason() == KeyManagementException.Reason.WRONG_PASSWORD) {
                return new Failures(k.getMessage() + PASSWORD_FIX, INPUT_ERROR);
            }
            return new Failures(k.getMessage(), k.isInputError() ? INPUT_ERROR : FAILURE);
        }
        if (e instanceof TokenException t) {
            return switch (t.reason()) {
                case WRONG_PASSWORD -> new Failures(t.getMessage() + PASSWORD_FIX, INPUT_ERROR);
                case NO_SUCH_KEY -> new Failures(t.getMessage() + ": see lienthong keys list", INPUT_ERROR);
                case KEY_EXISTS, UNAVAILABLE -> new Failures(t.getMessage(), INPUT_ERROR);
                case FAILED -> new Failures(t.getMessage(), FAILURE);
            };
        }
        if (e instanceof InputProblem || e instanceof ConfException || e instanceof IllegalArgumentException) {
            return new Failures(e.getMessage(), INPUT_ERROR);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Failures(detail, FAILURE);
    }

    private static final String PASSWORD_FIX = ": give the right one with --password-file FILE"
            + " or the environment variable (LIENTHONG_KEYSTORE_PASSWORD, or LIENTHONG_TOKEN_PIN for PKCS#11)";
}
