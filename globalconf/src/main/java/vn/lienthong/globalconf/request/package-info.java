/**
 * Management requests a security server sends to the configuration authority, one small record per request type,
 * each knowing who may sign it and how it changes the registry once an administrator approves it; their signed XML
 * form; and the client that submits them.
 */
package vn.lienthong.globalconf.request;
