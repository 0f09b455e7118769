package vn.lienthong.routes.transport;

/** What an HTTP peer answered: status, content type and body. */
public record HttpReply(int status, String contentType, byte[] body) {
}
