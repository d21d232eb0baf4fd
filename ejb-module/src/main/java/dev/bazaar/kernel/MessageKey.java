package dev.bazaar.kernel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What a field error says, as a key and its arguments, so a page can say it in the reader's language
 * ({@code cart.otherCurrency} with EUR and NOK); the English sentence beside it stays what the API
 * answers. A key is named after the rule, not after a page; a page without a text for it shows the
 * English sentence.
 */
public record MessageKey(String key, List<String> arguments) implements Serializable {

    public MessageKey {
        arguments = List.copyOf(arguments);
    }

    public static MessageKey of(String key, Object... arguments) {
        return new MessageKey(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
