package vn.lienthong.routes.provider.messaging;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * The ActiveMQ Artemis broker the provider and feeder systems queue updates and notifications on:
 * embedded by default (a persistent NIO journal in a folder; in memory only for tests that say so), or an
 * external broker or cluster by URL. An embedded broker accepts in-VM connections only, with security
 * on (one generated user per broker); every address has a dead-letter address {@value #DEAD_LETTER_QUEUE}
 * (after {@link BrokerSettings#maxDeliveryAttempts} deliveries that were rolled back) and an expiry address
 * {@value #EXPIRY_QUEUE}, and the broker waits longer before each redelivery (exponential backoff).
 */
public final class MessageBroker implements AutoCloseable {

    public static final String DEAD_LETTER_QUEUE = "DLQ";
    public static final String EXPIRY_QUEUE = "ExpiryQueue";
    private static final AtomicInteger IN_VM_IDS = new AtomicInteger(100);
    private static final String ROLE = "lienthong-bus";

    private final EmbeddedActiveMQ embedded;
    private final ActiveMQConnectionFactory connectionFactory;

    private MessageBroker(EmbeddedActiveMQ embedded, ActiveMQConnectionFactory connectionFactory) {
        this.embedded = embedded;
        this.connectionFactory = connectionFactory;
    }

    /** An embedded broker whose messages survive a restart: journal, bindings and paging under {@code folder}. */
    public static MessageBroker embedded(Path folder) {
        return embedded(folder, BrokerSettings.defaults());
    }

    public static MessageBroker embedded(Path folder, BrokerSettings settings) {
        Objects.requireNonNull(folder, "folder");
        return start(folder, true, settings);
    }

    /** An embedded broker that keeps messages in memory only: for tests and throwaway demos. */
    public static MessageBroker inMemory() {
        return inMemory(BrokerSettings.defaults());
    }

    public static MessageBroker inMemory(BrokerSettings settings) {
        return start(null, false, settings);
    }

    /** An external Artemis broker or cluster, e.g. {@code tcp://mq1:61616,tcp://mq2:61616?ha=true}. */
    public static MessageBroker external(String url, String user, String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
        return new MessageBroker(null, factory);
    }

    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    @Override
    public void close() {
        connectionFactory.close();
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                throw new IllegalStateException("the embedded broker did not stop cleanly", e);
            }
        }
    }

    private static MessageBroker start(Path folder, boolean persistent, BrokerSettings settings) {
        int id = IN_VM_IDS.incrementAndGet();
        String user = "bus-" + id;
        String password = randomPassword();
        try {
            ConfigurationImpl config = new ConfigurationImpl();
            config.setName("lienthong-" + id);
            config.setPersistenceEnabled(persistent);
            config.setJMXManagementEnabled(false);
            config.setSecurityEnabled(true);
            if (persistent) {
                config.setJournalType(JournalType.NIO);
                config.setJournalDirectory(folder.resolve("journal").toString());
                config.setBindingsDirectory(folder.resolve("bindings").toString());
                config.setPagingDirectory(folder.resolve("paging").toString());
                config.setLargeMessagesDirectory(folder.resolve("large-messages").toString());
            }
            config.addAcceptorConfiguration("in-vm", "vm://" + id);
            config.putSecurityRoles("#", Set.of(new Role(ROLE, true, true, true, true, true, true, false, true, true, true, false, false)));
            config.addAddressSetting("#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                    .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                    .setMaxDeliveryAttempts(settings.maxDeliveryAttempts())
                    .setRedeliveryDelay(settings.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(settings.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(settings.maxRedeliveryDelay().toMillis()));
            config.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST));
            config.addQueueConfiguration(QueueConfiguration.of(EXPIRY_QUEUE).setRoutingType(RoutingType.ANYCAST));
            SecurityConfiguration users = new SecurityConfiguration();
            users.addUser(user, password);
            users.addRole(user, ROLE);
            EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
            broker.setConfiguration(config);
            broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
            broker.start();
            return new MessageBroker(broker, new ActiveMQConnectionFactory("vm://" + id, user, password));
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker did not start", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
