package vn.lienthong.benchmarks.scale.npd;

import java.util.Map;

import vn.lienthong.benchmarks.driver.PointMeasurement;

/** What one population size gave: how its citizens were loaded, and each query measured over them. */
record SizeResult(long size, PopulationTopUp.Step load, int sampled, Map<NpdOperation, PointMeasurement> queries) {

    SizeResult {
        queries = Map.copyOf(queries);
    }
}
