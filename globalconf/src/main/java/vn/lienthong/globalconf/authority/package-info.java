/**
 * The configuration authority: the instance registry on disk, the signing keys and their rotation, publication of
 * signed bundles, the HTTP endpoint servers download from and submit management requests to, and the
 * administrator's approval or rejection of those requests.
 */
package vn.lienthong.globalconf.authority;
