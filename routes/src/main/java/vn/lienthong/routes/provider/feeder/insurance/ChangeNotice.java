package vn.lienthong.routes.provider.feeder.insurance;

import java.util.Map;

/** A change notification as the insurance system reads it: id, citizen, event, and the fields it was given. */
record ChangeNotice(String notificationId, String pin, String eventType, Map<String, String> fields) {

    @Override
    public String toString() {
        return "ChangeNotice[" + notificationId + "]";
    }
}
