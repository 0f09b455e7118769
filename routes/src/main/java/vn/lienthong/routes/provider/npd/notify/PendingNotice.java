package vn.lienthong.routes.provider.npd.notify;

import vn.lienthong.routes.provider.npd.store.Change;
import vn.lienthong.routes.provider.npd.store.Subscription;

/** A change that a subscription asked to hear about, before the mandate decides what, if anything, it may be told. */
public record PendingNotice(Subscription subscription, Change change) {

    /** Unique per subscription and change: a subscriber ignores a repeat. */
    public String notificationId() {
        return subscription.id() + ":" + change.changeNumber();
    }
}
