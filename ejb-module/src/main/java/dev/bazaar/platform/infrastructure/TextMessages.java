package dev.bazaar.platform.infrastructure;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * Reads the body of a message an MDB received. Anything but a text message fails loudly, so the
 * broker redelivers it and finally moves it to the dead-letter queue.
 */
public final class TextMessages {

    private TextMessages() {
    }

    public static String body(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("Expected a text message, got " + message.getClass().getSimpleName());
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read message body", e);
        }
    }
}
