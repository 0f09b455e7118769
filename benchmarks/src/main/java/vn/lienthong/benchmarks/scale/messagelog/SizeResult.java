package vn.lienthong.benchmarks.scale.messagelog;

/** Everything measured at one log size, and the machine's load average when it was measured. */
record SizeResult(long entries, LogFiller.Fill fill, ScaleDatabase.Size size, SearchTimes ownConnection,
                  SearchTimes pooled, VerifyTimer.Timed wholeLog, VerifyTimer.Timed signedRange,
                  double loadAverage) {
}
