package vn.lienthong.routes.provider.npd.operator;

import java.util.Map;

/** The form parameters of one operator request (query string or {@code application/x-www-form-urlencoded} body). */
record OperatorCall(Map<String, String> parameters) {

    OperatorCall {
        parameters = Map.copyOf(parameters);
    }

    /** The parameter's value, or null when absent or blank. */
    String optional(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The parameter's value; a missing or blank one is the caller's error. */
    String required(String name, String meaning) {
        String value = optional(name);
        if (value == null) {
            throw new MissingParameterException(name, meaning);
        }
        return value;
    }
}
