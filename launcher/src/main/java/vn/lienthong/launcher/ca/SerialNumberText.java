package vn.lienthong.launcher.ca;

import java.math.BigInteger;

/** Serial numbers as people copy them: hexadecimal, optionally with a 0x prefix or openssl's colons. */
final class SerialNumberText {

    private SerialNumberText() {
    }

    static BigInteger parse(String text) {
        String hex = text.strip().replace(":", "");
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        try {
            BigInteger serial = new BigInteger(hex, 16);
            if (serial.signum() > 0) {
                return serial;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CaInputException("'" + text + "' is not a serial number: give it in hexadecimal, as"
                + " 'lienthong ca list' shows it (e.g. --serial 8F3A0C21D4E5B6A7)");
    }
}
