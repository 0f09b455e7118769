package vn.lienthong.launcher.npd;

import java.util.ArrayList;
import java.util.List;

/** A tab-separated table (header line first) as the operator reads it: columns padded to their widest cell. */
final class TextTable {

    private final List<String[]> lines;

    private TextTable(List<String[]> lines) {
        this.lines = lines;
    }

    static TextTable parse(String tsv) {
        return new TextTable(tsv.lines().filter(line -> !line.isEmpty()).map(line -> line.split("\t", -1)).toList());
    }

    /** The rows below the header. */
    int rows() {
        return Math.max(0, lines.size() - 1);
    }

    String render() {
        int columns = lines.stream().mapToInt(cells -> cells.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] cells : lines) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] cells : lines) {
            List<String> padded = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                padded.add(i == cells.length - 1 ? cells[i] : String.format("%-" + widths[i] + "s", cells[i]));
            }
            text.append(String.join("  ", padded).stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
