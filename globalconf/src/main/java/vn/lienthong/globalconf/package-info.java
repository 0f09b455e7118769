/** The federation's global configuration: published signed by the configuration authority, downloaded and verified by every security server. */
package vn.lienthong.globalconf;
