package vn.lienthong.launcher.ca;

/** The command's input is wrong (exit code 2); the message names the problem and the fix. */
final class CaInputException extends RuntimeException {

    CaInputException(String message) {
        super(message);
    }

    CaInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
