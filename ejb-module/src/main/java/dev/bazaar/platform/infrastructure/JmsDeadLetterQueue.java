package dev.bazaar.platform.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.platform.application.DeadLetterListing;
import dev.bazaar.platform.application.DeadLetterQueue;
import dev.bazaar.platform.application.DeadLetterView;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

/**
 * Artemis's {@code DLQ} through Liberty's JMS resources. Lists with a queue browser, one pass that
 * keeps only the page asked for; takes one message off with a consumer that selects it by its JMS
 * message id, inside the caller's transaction. A replay goes to the failed queue by its fully
 * qualified name, and only to the queues Bazaar's consumers read (their jmsQueue resources in
 * server.xml): a message naming any other queue is never sent anywhere, and no queue is ever
 * created by a replay.
 */
@ApplicationScoped
public class JmsDeadLetterQueue implements DeadLetterQueue {

    static final int PREVIEW_CHARACTERS = 200;
    /** The message is in the queue (it was just browsed); this only bounds a broker that does not answer. */
    private static final long RECEIVE_TIMEOUT_MILLIS = 5_000;
    /** Where Artemis records, on a dead-lettered message, where it came from. */
    private static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    private static final String FQQN_SEPARATOR = "::";
    /** Properties that belong to JMS or to the broker, not to the application: a replay leaves them behind. */
    private static final List<String> BROKER_PROPERTY_PREFIXES = List.of("JMS", "_AMQ", "__AMQ");

    @Resource(lookup = "jms/bazaarConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/deadLetterQueue")
    Queue deadLetters;

    // the queues Bazaar's consumers read: a new consumer's queue is added here too
    @Resource(lookup = "jms/eventLogQueue")
    Queue eventLog;

    @Resource(lookup = "jms/orderNotificationsQueue")
    Queue orderNotifications;

    @Resource(lookup = "jms/mailQueue")
    Queue mail;

    @Resource(lookup = "jms/analyticsQueue")
    Queue analytics;

    @Resource(lookup = "jms/ledgerQueue")
    Queue ledger;

    /** Each consumer's queue by its fully qualified name, and whether it sits under a multicast address. */
    private Map<String, Boolean> consumerQueues;

    @PostConstruct
    void learnConsumerQueues() {
        consumerQueues = Stream.of(eventLog, orderNotifications, mail, analytics, ledger)
                .map(JmsDeadLetterQueue::queueName)
                // a consumer names either a subscription queue of a multicast address (address::queue,
                // ADR 0002) or an anycast address, whose one queue carries the address's name
                .collect(Collectors.toUnmodifiableMap(
                        name -> name.contains(FQQN_SEPARATOR) ? name : name + FQQN_SEPARATOR + name,
                        name -> name.contains(FQQN_SEPARATOR)));
    }

    @Override
    public DeadLetterListing browse(UUID eventId, PageRequest page) {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(deadLetters, eventSelector(eventId))) {
            Enumeration<?> messages = browser.getEnumeration();
            List<DeadLetterView> items = new ArrayList<>();
            int counted = 0;
            while (counted < DeadLetterListing.COUNT_LIMIT && messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                if (counted >= page.offset() && items.size() < page.size()) {
                    items.add(view(message, PREVIEW_CHARACTERS));
                }
                counted++;
            }
            return new DeadLetterListing(new Page<>(items, page.page(), page.size(), counted), messages.hasMoreElements());
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    @Override
    public List<String> matchingIds(UUID eventId, int limit) {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(deadLetters, eventSelector(eventId))) {
            Enumeration<?> messages = browser.getEnumeration();
            List<String> ids = new ArrayList<>();
            while (ids.size() < limit && messages.hasMoreElements()) {
                ids.add(bareId(((Message) messages.nextElement()).getJMSMessageID()));
            }
            return ids;
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    @Override
    public List<DeadLetterView> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(deadLetters, withIds(ids))) {
            Enumeration<?> messages = browser.getEnumeration();
            List<DeadLetterView> found = new ArrayList<>();
            while (messages.hasMoreElements()) {
                found.add(view((Message) messages.nextElement(), PREVIEW_CHARACTERS));
            }
            return found;
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    @Override
    public Optional<DeadLetterView> find(String id) {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(deadLetters, withId(id))) {
            Enumeration<?> found = browser.getEnumeration();
            return found.hasMoreElements() ? Optional.of(view((Message) found.nextElement(), Integer.MAX_VALUE)) : Optional.empty();
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    @Override
    public boolean consumerReads(String origin) {
        return consumerQueues.containsKey(origin);
    }

    @Override
    public boolean replay(String id, String origin) {
        requireConsumerQueue(origin);
        return take(id, (context, message) -> sendBack(context, message, origin));
    }

    @Override
    public Set<String> replayAll(Collection<String> ids) {
        return takeAll(ids, (context, message) -> sendBack(context, message,
                origin(message.getStringProperty(ORIGINAL_ADDRESS), message.getStringProperty(ORIGINAL_QUEUE))));
    }

    @Override
    public Set<String> discardAll(Collection<String> ids) {
        return takeAll(ids, (context, message) -> {
            // consumed in the caller's transaction: gone when it commits
        });
    }

    private void sendBack(JMSContext context, Message message, String origin) throws JMSException {
        // a multicast subscription queue is reached through the topic's name, an anycast queue through the queue's
        Destination target = requireConsumerQueue(origin) ? context.createTopic(origin) : context.createQueue(origin);
        JMSProducer producer = context.createProducer();
        for (String name : applicationProperties(message)) {
            producer.setProperty(name, message.getObjectProperty(name));
        }
        producer.send(target, ((TextMessage) message).getText());
    }

    /** Whether the consumer's queue sits under a multicast address; refuses any queue no consumer reads. */
    private boolean requireConsumerQueue(String origin) {
        Boolean multicast = origin == null ? null : consumerQueues.get(origin);
        if (multicast == null) {
            throw new IllegalArgumentException(origin + " is not a queue a Bazaar consumer reads");
        }
        return multicast;
    }

    @Override
    public boolean discard(String id) {
        return take(id, (context, message) -> {
            // consumed in the caller's transaction: gone when it commits
        });
    }

    private interface Handling {
        void handle(JMSContext context, Message message) throws JMSException;
    }

    /** Consumes the message with this id in the caller's transaction and hands it on; false when there is none. */
    private boolean take(String id, Handling handling) {
        try (JMSContext context = connectionFactory.createContext()) {
            Message message = context.createConsumer(deadLetters, withId(id)).receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                return false;
            }
            handling.handle(context, message);
            return true;
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    /** Consumes the messages with these ids in the caller's transaction, one consumer for all; the ids it found. */
    private Set<String> takeAll(Collection<String> ids, Handling handling) {
        Set<String> taken = new HashSet<>();
        if (ids.isEmpty()) {
            return taken;
        }
        try (JMSContext context = connectionFactory.createContext()) {
            JMSConsumer consumer = context.createConsumer(deadLetters, withIds(ids));
            while (taken.size() < ids.size()) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
                if (message == null) {
                    break;
                }
                handling.handle(context, message);
                taken.add(bareId(message.getJMSMessageID()));
            }
            return taken;
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    private static DeadLetterView view(Message message, int bodyLimit) throws JMSException {
        String messageId = message.getJMSMessageID();
        String address = message.getStringProperty(ORIGINAL_ADDRESS);
        String queue = message.getStringProperty(ORIGINAL_QUEUE);
        String body = message instanceof TextMessage text ? Optional.ofNullable(text.getText()).orElse("") : null;
        boolean complete = body == null || body.length() <= bodyLimit;
        return new DeadLetterView(bareId(messageId), messageId, origin(address, queue), address, queue,
                message.getStringProperty(DomainEvent.TYPE_PROPERTY), message.getStringProperty(DomainEvent.EVENT_ID_PROPERTY),
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()),
                message.getIntProperty("JMSXDeliveryCount"), complete ? body : body.substring(0, bodyLimit), complete);
    }

    /**
     * The failed queue as {@code address::queue}. The recorded address is already fully qualified when the
     * producer sent to one queue by name (as a replay does).
     */
    private static String origin(String address, String queue) {
        if (queue == null || queue.isBlank()) {
            return null;
        }
        String bareAddress = address == null ? queue
                : address.contains(FQQN_SEPARATOR) ? address.substring(0, address.indexOf(FQQN_SEPARATOR)) : address;
        return bareAddress + FQQN_SEPARATOR + queue;
    }

    private static List<String> applicationProperties(Message message) throws JMSException {
        List<String> names = new ArrayList<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (BROKER_PROPERTY_PREFIXES.stream().noneMatch(property::startsWith)) {
                names.add(property);
            }
        }
        return names;
    }

    private static String bareId(String messageId) {
        return messageId != null && messageId.startsWith("ID:") ? messageId.substring("ID:".length()) : messageId;
    }

    /** Callers pass ids checked to hold no quotes (DeadLetters). */
    private static String withId(String id) {
        return "JMSMessageID = 'ID:" + id + "'";
    }

    /** Callers pass ids checked to hold no quotes (DeadLetters). */
    private static String withIds(Collection<String> ids) {
        return "JMSMessageID IN (" + ids.stream().map(id -> "'ID:" + id + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static String eventSelector(UUID eventId) {
        return eventId == null ? null : DomainEvent.EVENT_ID_PROPERTY + " = '" + eventId + "'";
    }

    private static String queueName(Queue queue) {
        try {
            return queue.getQueueName();
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    private static JMSRuntimeException unchecked(JMSException e) {
        return new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
}
