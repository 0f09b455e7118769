package vn.lienthong.routes.provider.npd.update;

/**
 * One changed field of an update (Circular 13/2017 Art. 5): the path of the field, its new value (null
 * clears it), and optionally the value the source knows the NPD holds (a change that names the current
 * value is no conflict, Decree 37/2021).
 */
public record FieldChange(String path, String value, String previousValue) {

    public static FieldChange set(String path, String value) {
        return new FieldChange(path, value, null);
    }

    @Override
    public String toString() {
        return "FieldChange[" + path + "]";
    }
}
