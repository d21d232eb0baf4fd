package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a search as the full-text query reads them: each word as typed (lower case, letters and
 * digits only, so nothing typed is read as query syntax), the word a typo in it was corrected to, and
 * everything it may also be (every correction within the typos allowed, synonyms). Every word must
 * match; the last one may be the start of a word, as it may still be being typed.
 */
public record SearchWords(List<Word> words) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One word: {@code correction} is null when the word was found as typed (or is too short to correct). */
    public record Word(String typed, String correction, List<String> alternatives) {

        public Word {
            alternatives = List.copyOf(alternatives);
        }

        Word with(List<String> more) {
            List<String> all = new ArrayList<>(alternatives);
            more.stream().filter(m -> !m.equals(typed) && !all.contains(m)).forEach(all::add);
            return new Word(typed, correction, all);
        }
    }

    public SearchWords {
        words = List.copyOf(words);
    }

    /** The words of a text, as typed, nothing corrected. */
    public static SearchWords asTyped(String text) {
        return new SearchWords(split(text).stream().map(w -> new Word(w, null, List.of())).toList());
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public boolean corrected() {
        return words.stream().anyMatch(w -> w.correction() != null);
    }

    /** The words with each typo replaced by its closest correction: what "did you mean" shows. */
    public String correctedText() {
        return words.stream().map(w -> w.correction() == null ? w.typed() : w.correction()).collect(Collectors.joining(" "));
    }

    /** Every word exactly as typed ({@code to_tsquery} syntax). */
    String exactQuery() {
        return words.stream().map(Word::typed).collect(Collectors.joining(" & "));
    }

    /** Every word as typed, the last one also as the start of a word. */
    String typedQuery() {
        return exactQuery() + ":*";
    }

    /** Every word as typed or as its closest correction; the last one also as the start of a word. */
    String closestQuery() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String typed = word.typed() + (i == words.size() - 1 ? ":*" : "");
            terms.add(word.correction() == null ? typed : "(" + typed + " | " + word.correction() + ")");
        }
        return String.join(" & ", terms);
    }

    /** Every word as typed or as anything it may also be; the last one also as the start of a word. */
    String matchingQuery() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            List<String> any = new ArrayList<>();
            any.add(word.typed() + (i == words.size() - 1 ? ":*" : ""));
            // a synonym of several words is a phrase: t-shirt is t <-> shirt
            word.alternatives().forEach(a -> any.add("(" + String.join(" <-> ", split(a)) + ")"));
            terms.add("(" + String.join(" | ", any) + ")");
        }
        return String.join(" & ", terms);
    }
}
