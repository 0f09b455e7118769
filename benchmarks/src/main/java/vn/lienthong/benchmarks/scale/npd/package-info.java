/**
 * {@code benchmarks/scale-npd}: the NPD provider system over a population of growing size (100 thousand, 1
 * million, 10 million citizens), getCitizen and verifyCitizen at a fixed concurrency, and how their cost
 * grows with the size of the database.
 */
package vn.lienthong.benchmarks.scale.npd;
