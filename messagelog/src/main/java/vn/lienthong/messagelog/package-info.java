/** The security server's message log: what was exchanged, provably, and the auditor's means to check it. */
package vn.lienthong.messagelog;
