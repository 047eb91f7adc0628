import java.util.Set;

/** Headline-style capitalization: each word starts upper-case, except short joining words inside the title. */
public final class TitleCase {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "of", "the", "in", "on", "or", "to");

    private TitleCase() {
    }

    public static String convert(String text) {
        String[] words = text.trim().toLowerCase().split("\\s+");
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                result.append(' ');
            }
            boolean inner = i > 0 && i < words.length - 1;
            if (inner && SMALL_WORDS.contains(word)) {
                result.append(word);
            } else {
                result.append(capitalize(word));
            }
        }
        return result.toString();
    }

    /** The word with its first letter upper-case, e.g. "o'neil" to "O'neil". */
    static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String first = word.substring(0, 1);
        String rest = word.substring(1);
        return first.toUpperCase() + rest;
    }
}
