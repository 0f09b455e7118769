package vn.lienthong.benchmarks.report;

import java.util.Locale;

/** Number formatting shared by the Markdown and CSV writers (always a dot for decimals). */
public final class Format {

    private Format() {
    }

    public static String num(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    public static String ratio(double numerator, double denominator) {
        return denominator > 0 && !Double.isNaN(numerator) ? num(numerator / denominator, 2) : "n/a";
    }
}
