package vn.lienthong.benchmarks.scale.messagelog;

/** The two lookups timed one way (a connection per lookup, or pooled), and the connection alone. */
record SearchTimes(SearchTimer.Timed citizen, SearchTimer.Timed queryId, SearchTimer.Timed connect) {

    static SearchTimes measure(SearchTimer timer, LookupSample sample, int warmUp, int lookups) {
        SearchTimer.Timed citizen = timer.byCitizen(sample.draw(warmUp), sample.draw(lookups));
        SearchTimer.Timed queryId = timer.byQueryId(sample.draw(warmUp), sample.draw(lookups));
        return new SearchTimes(citizen, queryId, timer.connectOnly(warmUp, lookups));
    }
}
