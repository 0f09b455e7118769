package vn.lienthong.launcher.keys;

/** The operator gave input that cannot be used; the message names it and the fix. Exit code 2. */
final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message);
    }
}
