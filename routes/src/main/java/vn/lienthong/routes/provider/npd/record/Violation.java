package vn.lienthong.routes.provider.npd.record;

/** One rule a record or an update breaks: a stable code, the path of the field at fault, and a sentence for people. */
public record Violation(ViolationCode code, String path, String message) {

    @Override
    public String toString() {
        return code.code() + (path == null ? "" : " at " + path) + ": " + message;
    }
}
