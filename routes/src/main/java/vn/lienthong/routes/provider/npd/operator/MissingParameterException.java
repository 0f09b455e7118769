package vn.lienthong.routes.provider.npd.operator;

/** An operator request lacks a parameter it needs: answered 400 with the parameter named. */
final class MissingParameterException extends RuntimeException {

    MissingParameterException(String name, String meaning) {
        super("the request needs the parameter '" + name + "' (" + meaning + ")");
    }
}
