package vn.lienthong.routes.provider.npd.operator;

/** What the operator endpoint answers: an HTTP status and a body, a table (TSV) or one line of text. */
record OperatorAnswer(int status, String contentType, String body) {

    static final String TEXT = "text/plain; charset=UTF-8";
    static final String TABLE = "text/tab-separated-values; charset=UTF-8";

    static OperatorAnswer line(int status, String text) {
        return new OperatorAnswer(status, TEXT, text + "\n");
    }

    static OperatorAnswer ok(String text) {
        return line(200, text);
    }

    static OperatorAnswer table(Tsv table) {
        return new OperatorAnswer(200, TABLE, table.toString());
    }
}
