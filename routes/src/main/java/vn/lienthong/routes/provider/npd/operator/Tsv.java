package vn.lienthong.routes.provider.npd.operator;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A table as tab-separated values (IANA text/tab-separated-values): a header line, then one line per row. A
 * cell cannot hold a tab or a line break, so those become spaces; an absent value is {@code -}.
 */
final class Tsv {

    private final int columns;
    private final StringBuilder text = new StringBuilder();

    Tsv(String... header) {
        this.columns = header.length;
        line(header);
    }

    Tsv row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + columns + " columns, not " + cells.length);
        }
        line(cells);
        return this;
    }

    private void line(Object[] cells) {
        text.append(Arrays.stream(cells).map(Tsv::cell).collect(Collectors.joining("\t"))).append('\n');
    }

    private static String cell(Object value) {
        String text = Objects.toString(value, "");
        return text.isBlank() ? "-" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
