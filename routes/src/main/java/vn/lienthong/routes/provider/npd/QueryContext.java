package vn.lienthong.routes.provider.npd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;

import vn.lienthong.routes.provider.npd.mandate.Mandate;

/**
 * What the steps of one NPD query share: the operation, the consumer (the X-Road client), the stated
 * purpose and case number (X-Road issue), the mandate they resolve to, and the fields disclosed so far.
 * Kept as one exchange property; each step reads and adds its part.
 */
final class QueryContext {

    static final String PROPERTY = "NpdQueryContext";

    private final String operation;
    private final String consumer;
    private final String issue;
    private String purpose;
    private Mandate mandate;
    private final Map<String, List<String>> disclosed = new LinkedHashMap<>();

    QueryContext(String operation, String consumer, String issue) {
        this.operation = operation;
        this.consumer = consumer;
        this.issue = issue;
    }

    static QueryContext of(Exchange exchange) {
        QueryContext context = exchange.getProperty(PROPERTY, QueryContext.class);
        if (context == null) {
            throw new IllegalStateException("no query context: the SOAP entry route sets it first");
        }
        return context;
    }

    String operation() {
        return operation;
    }

    /** The consumer subsystem's id, {@code VN/GOV/VPCP/PORTAL}; null when the request named no client. */
    String consumer() {
        return consumer;
    }

    String issue() {
        return issue;
    }

    String purpose() {
        return purpose;
    }

    void purpose(String stated) {
        this.purpose = stated;
    }

    Optional<Mandate> mandate() {
        return Optional.ofNullable(mandate);
    }

    void mandate(Mandate granted) {
        this.mandate = granted;
    }

    /** Records that these fields of this citizen went out (or, for a verification, were checked). */
    void disclosed(String pin, List<String> fields) {
        if (!fields.isEmpty()) {
            disclosed.computeIfAbsent(pin, k -> new ArrayList<>()).addAll(fields);
        }
    }

    Map<String, List<String>> disclosed() {
        return disclosed;
    }
}
