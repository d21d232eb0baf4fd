package dev.bazaar.catalog.application;

/**
 * How many typos a typed word may carry and how many separate it from a word of the catalog. The rule is
 * Meilisearch's (and Elasticsearch's {@code fuzziness: AUTO}): a word of 5 letters or more may carry one
 * typo, one of 9 or more two, shorter words and words with digits (sizes, SKUs) none. A typo is a
 * missing, extra or wrong letter or two neighbouring letters swapped: the optimal string alignment
 * distance, in which a swap counts once (PostgreSQL's {@code levenshtein} counts it twice).
 */
final class Typos {

    private Typos() {
    }

    /** The typos a typed word may carry. */
    static int allowed(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int letters = word.codePointCount(0, word.length());
        return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
    }

    /** The typos between two words. */
    static int distance(String typed, String word) {
        int[][] d = table(typed, word);
        return d[typed.length()][word.length()];
    }

    /** The typos between a word being typed and the start of a word (it may go on): the last word of a query. */
    static int prefixDistance(String typed, String word) {
        int[][] d = table(typed, word);
        int least = Integer.MAX_VALUE;
        for (int j = 0; j <= word.length(); j++) {
            least = Math.min(least, d[typed.length()][j]);
        }
        return least;
    }

    /** d[i][j]: the typos between the first i characters of a and the first j of b. */
    private static int[][] table(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int wrong = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + wrong);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d;
    }
}
