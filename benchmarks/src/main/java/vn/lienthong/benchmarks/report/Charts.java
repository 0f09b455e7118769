package vn.lienthong.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.style.Styler;
import vn.lienthong.benchmarks.ScenarioResult;
import vn.lienthong.benchmarks.driver.PointMeasurement;
import vn.lienthong.benchmarks.limit.CryptoLimit;

/** The two charts of results.md (PNG: a few tens of KB, where XChart's SVG is half a megabyte): throughput against concurrency (with L), and p50/p99 latency. */
public final class Charts {

    public static final String THROUGHPUT = "throughput.png";
    public static final String LATENCY = "latency.png";

    private Charts() {
    }

    public static void write(Path directory, List<ScenarioResult> scenarios, List<Integer> concurrency,
            CryptoLimit limit) throws IOException {
        XYChart throughput = chart("Round trips per second", "round trips / s");
        for (ScenarioResult s : scenarios) {
            series(throughput, s.id() + " " + s.title(), s, PointMeasurement::throughputPerSecond);
        }
        if (limit != null && !concurrency.isEmpty()) {
            double l = limit.roundTripsPerSecond();
            throughput.addSeries("L crypto limit (" + limit.cores() + " cores)",
                    new double[] {concurrency.get(0), concurrency.get(concurrency.size() - 1)}, new double[] {l, l});
        }
        save(throughput, directory.resolve(THROUGHPUT));

        XYChart latency = chart("Latency", "ms");
        latency.getStyler().setYAxisLogarithmic(true);
        for (ScenarioResult s : scenarios) {
            series(latency, s.id() + " p50", s, p -> p.latencyMillis(50));
            series(latency, s.id() + " p99", s, p -> p.latencyMillis(99));
        }
        save(latency, directory.resolve(LATENCY));
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
                .xAxisTitle("concurrency (virtual users)").yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    private static void series(XYChart chart, String name, ScenarioResult s, ToDoubleFunction<PointMeasurement> y) {
        List<PointMeasurement> points = s.points().stream().filter(p -> p.roundTrips() > 0).toList();
        if (points.isEmpty()) {
            return;
        }
        chart.addSeries(name, points.stream().mapToDouble(PointMeasurement::concurrency).toArray(),
                points.stream().mapToDouble(y).toArray());
    }

    private static void save(XYChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
    }
}
