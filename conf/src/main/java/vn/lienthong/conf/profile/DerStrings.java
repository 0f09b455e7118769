package vn.lienthong.conf.profile;

import java.nio.charset.StandardCharsets;

/** Decodes the DER string value that RFC 2253 renders as {@code #hex} for attributes it has no name for. */
final class DerStrings {

    private DerStrings() {
    }

    static String decode(byte[] der) {
        if (der.length < 2) {
            throw new IllegalArgumentException("DER string too short");
        }
        int tag = der[0] & 0xff;
        int length = der[1] & 0xff;
        int offset = 2;
        if (length > 0x7f) {
            int lengthBytes = length & 0x7f;
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | (der[offset++] & 0xff);
            }
        }
        if (offset + length > der.length) {
            throw new IllegalArgumentException("DER string truncated");
        }
        return switch (tag) {
            case 0x0c, 0x13, 0x16 -> new String(der, offset, length,
                    tag == 0x0c ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException("unexpected DER string tag " + tag);
        };
    }
}
