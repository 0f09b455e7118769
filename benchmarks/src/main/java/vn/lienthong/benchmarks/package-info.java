/** Benchmarks of the bus: the load driver, the scenarios it compares, and the crypto limit. */
package vn.lienthong.benchmarks;
