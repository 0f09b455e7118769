package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;

import vn.lienthong.launcher.demo.SoapHttp;

/** What every fault answer must look like: HTTP 500, a SOAP fault with the code, a detail id, no stack trace. */
final class Faults {

    private Faults() {
    }

    static void assertFault(SoapHttp.Answer answer, String code) {
        assertThat(answer.faultCode()).as("fault code of: %s", answer.body()).isEqualTo(code);
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body())
                .containsPattern("<faultDetail xmlns=\"\">[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}</faultDetail>")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("<html");
        assertThat(answer.faultString()).isNotBlank();
    }
}
