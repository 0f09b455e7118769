/**
 * {@code lienthong confauth ...} (the configuration authority's administrator) and {@code lienthong globalconf ...}
 * (a security server's operator: one-shot download, signed management requests): thin commands over the globalconf
 * library. Failures print one line naming the problem and the fix; exit code 2 for wrong input, 1 for anything else.
 */
package vn.lienthong.launcher.globalconf;
