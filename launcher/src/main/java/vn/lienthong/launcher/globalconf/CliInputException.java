package vn.lienthong.launcher.globalconf;

/** The command's input is wrong (exit code 2); the message names the problem and the fix. */
final class CliInputException extends RuntimeException {

    CliInputException(String message) {
        super(message);
    }

    CliInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
