package vn.lienthong.launcher.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import vn.lienthong.certs.ca.CertificateAlreadyRevokedException;
import vn.lienthong.certs.ca.CertificateRequestRejectedException;
import vn.lienthong.certs.ca.UnknownCertificateException;
import vn.lienthong.certs.ca.WrongCaPasswordException;

/** A failed command as the person at the terminal needs it: one line naming the problem and the fix, and an exit code. */
record CaFailure(int exitCode, String message) {

    static CaFailure of(Exception e, Path dir) {
        if (e instanceof CaInputException || e instanceof CertificateRequestRejectedException
                || e instanceof CertificateAlreadyRevokedException || e instanceof IllegalArgumentException) {
            return input(e.getMessage());
        }
        if (e instanceof WrongCaPasswordException wrong) {
            return input("the password does not open the CA key store " + wrong.keyStore() + ": give the password"
                    + " used with 'lienthong ca init', in --password-file FILE or " + CaPassword.ENVIRONMENT_VARIABLE);
        }
        if (e instanceof UnknownCertificateException unknown) {
            return input("this CA never issued a certificate with serial number "
                    + unknown.serialNumber().toString(16).toUpperCase(Locale.ROOT)
                    + ": check the serial (hexadecimal) with 'lienthong ca list --dir " + dir + "'");
        }
        if (e instanceof UncheckedIOException unchecked) {
            return failed(unchecked.getMessage());
        }
        if (e instanceof IOException io) {
            return failed("input/output failed: " + io + "; check the paths and their permissions");
        }
        return failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static CaFailure input(String message) {
        return new CaFailure(CaSubcommand.INPUT_ERROR, message);
    }

    private static CaFailure failed(String message) {
        return new CaFailure(CaSubcommand.FAILED, message);
    }
}
