package vn.lienthong.messagelog.verify;

/** What kind of link is broken. */
public enum Problem {
    /** An entry number is absent: an entry was deleted, or the chain was truncated. */
    MISSING_ENTRY,
    /** An entry's previous-hash is not the hash of the entry before it: entries re-ordered, replaced or inserted. */
    CHAIN_LINK_BROKEN,
    /** The stored message does not match its stored SHA-256: the message was edited. */
    MESSAGE_ALTERED,
    /** The metadata or message no longer yield the stored entry hash: the entry was edited. */
    CONTENT_ALTERED,
    /** A stored row cannot be read as an entry at all. */
    UNREADABLE_ENTRY,
    /** The chain head records another last entry than the one stored. */
    CHAIN_HEAD_MISMATCH,
    /** An entry's inclusion proof does not lead to its batch's root, or names a batch that does not exist. */
    PROOF_INVALID,
    /** A batch's time-stamp token does not verify (signature, TSA certificate, imprint vs root). */
    TOKEN_INVALID,
    /** A logged message's XML signature does not verify. */
    SIGNATURE_INVALID,
    /** A logged message's signer certificate does not chain to the given trust anchors. */
    SIGNER_UNTRUSTED,
    /** A file inside an archive container does not match the digest its manifest lists. */
    ARCHIVE_FILE_ALTERED,
    /** An archive container does not name the previous container's digest, or is not what the log recorded. */
    ARCHIVE_CHAIN_BROKEN
}
