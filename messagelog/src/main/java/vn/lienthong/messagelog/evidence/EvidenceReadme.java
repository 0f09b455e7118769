package vn.lienthong.messagelog.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The README.txt of every evidence container: how to check it with openssl, xmlsec1 and sha256sum. */
final class EvidenceReadme {

    static final String TEXT = load();

    private EvidenceReadme() {
    }

    private static String load() {
        try (InputStream in = EvidenceReadme.class.getResourceAsStream("evidence-readme.txt")) {
            if (in == null) {
                throw new IllegalStateException("the evidence README resource is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the evidence README resource is unreadable", e);
        }
    }
}
