/**
 * The security server's side: the configuration anchor, a downloader that fetches, verifies and atomically switches
 * to each new bundle (keeping the last good one on disk), the {@link vn.lienthong.globalconf.client.GlobalConfSource}
 * the server's routes read, and the validation of a server's local configuration against the global one.
 */
package vn.lienthong.globalconf.client;
