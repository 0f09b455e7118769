package vn.lienthong.messagelog;

/**
 * The record was not made durable: the database refused or was unreachable, the write did not finish within the
 * append timeout, or the log is closed. The message must not be forwarded (fail closed).
 * Fault code {@code Server.ClientProxy.LoggingFailed} / {@code Server.ServerProxy.LoggingFailed}.
 */
public class LoggingFailedException extends MessageLogException {

    public LoggingFailedException(String message) {
        super(message);
    }

    public LoggingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
