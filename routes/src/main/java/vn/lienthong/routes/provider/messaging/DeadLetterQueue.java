package vn.lienthong.routes.provider.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * The operator's view of the dead-letter queue: list what is there, and replay a message (or all) to the
 * queue it failed on, once the cause is fixed. A replay moves the message in one transaction: it is never
 * both in the dead-letter queue and back on its queue, and never lost between them.
 */
public final class DeadLetterQueue {

    /** The message property holding a message's business key (update id, notification id). */
    public static final String KEY = "LienThongKey";
    private static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    private static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    private final ConnectionFactory connectionFactory;

    public DeadLetterQueue(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    public List<DeadLetter> list() {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            List<DeadLetter> letters = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(MessageBroker.DEAD_LETTER_QUEUE))) {
                for (Message message : Collections.list(messages(browser))) {
                    letters.add(new DeadLetter(message.getJMSMessageID(), origin(message),
                            message.getIntProperty("JMSXDeliveryCount"), Instant.ofEpochMilli(message.getJMSTimestamp()),
                            message.getStringProperty(KEY)));
                }
            }
            return letters;
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse the dead-letter queue", e);
        }
    }

    /** Puts one dead letter back on the queue it failed on; false when no such message is there. */
    public boolean replay(String messageId) {
        return move("JMSMessageID = '" + messageId.replace("'", "''") + "'", 1) == 1;
    }

    /** Puts every dead letter back on its queue; returns how many. */
    public int replayAll() {
        return move(null, Integer.MAX_VALUE);
    }

    private int move(String selector, int limit) {
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            int moved = 0;
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(MessageBroker.DEAD_LETTER_QUEUE), selector)) {
                while (moved < limit) {
                    Message message = consumer.receiveNoWait();
                    if (message == null) {
                        break;
                    }
                    String origin = origin(message);
                    if (origin == null) {
                        session.rollback();
                        throw new IllegalStateException("dead letter " + message.getJMSMessageID() + " names no original queue");
                    }
                    try (MessageProducer producer = session.createProducer(session.createQueue(origin))) {
                        producer.send(copy(session, message));
                    }
                    moved++;
                }
            }
            session.commit();
            return moved;
        } catch (JMSException e) {
            throw new IllegalStateException("could not replay from the dead-letter queue", e);
        }
    }

    private static Message copy(Session session, Message message) throws JMSException {
        TextMessage copy = session.createTextMessage(((TextMessage) message).getText());
        for (String name : Collections.list(propertyNames(message))) {
            if (!name.startsWith("_AMQ") && !name.startsWith("JMSX")) {
                copy.setObjectProperty(name, message.getObjectProperty(name));
            }
        }
        String group = message.getStringProperty("JMSXGroupID");
        if (group != null) {
            copy.setStringProperty("JMSXGroupID", group);
        }
        return copy;
    }

    private static String origin(Message message) throws JMSException {
        String queue = message.getStringProperty(ORIGINAL_QUEUE);
        return queue != null ? queue : message.getStringProperty(ORIGINAL_ADDRESS);
    }

    @SuppressWarnings("unchecked")
    private static Enumeration<Message> messages(QueueBrowser browser) throws JMSException {
        return browser.getEnumeration();
    }

    @SuppressWarnings("unchecked")
    private static Enumeration<String> propertyNames(Message message) throws JMSException {
        return message.getPropertyNames();
    }
}
