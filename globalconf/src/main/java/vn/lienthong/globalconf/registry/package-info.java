/**
 * The instance registry the configuration authority keeps: members and subsystems, security servers, approved
 * certification authorities and time-stamping authorities, global groups and global settings; and its XML form,
 * which is both the authority's storage and a part of every published bundle.
 */
package vn.lienthong.globalconf.registry;
