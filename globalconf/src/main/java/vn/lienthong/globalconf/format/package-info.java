/** The byte-level formats every part of the global configuration shares: XML, certificates, hashes, signatures, atomic files. */
package vn.lienthong.globalconf.format;
