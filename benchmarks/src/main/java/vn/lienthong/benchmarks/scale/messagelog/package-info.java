/**
 * The message log at scale: fills a log through {@link vn.lienthong.messagelog.MessageLog#appendAsync} to growing sizes
 * and, at each size, times the module's own search ({@link vn.lienthong.messagelog.search.LogSearch}) and whole-log
 * verification ({@link vn.lienthong.messagelog.verify.LogVerifier}). Entry point: {@link ScaleMessageLogCommand}.
 */
package vn.lienthong.benchmarks.scale.messagelog;
