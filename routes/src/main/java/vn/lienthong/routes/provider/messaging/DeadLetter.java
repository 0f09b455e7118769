package vn.lienthong.routes.provider.messaging;

import java.time.Instant;

/**
 * A message in the dead-letter queue, as an operator sees it: its id, the queue it failed on, how often
 * it was delivered, when it was first sent, and its business key (update id or notification id). The
 * body stays out: it holds personal data.
 */
public record DeadLetter(String messageId, String originQueue, int deliveryCount, Instant sentAt, String key) {
}
