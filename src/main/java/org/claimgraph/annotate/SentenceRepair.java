package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes three kinds of false sentence breaks of the UD sentence model that cut attributions in
 * half: after a title or an initial ("Sen. | Marco Rubio said", "Donald J. | Trump"), after an
 * abbreviation when the next part starts in lower case ("Joe Biden Jr. | said", "Flint, Mich., |
 * said") and between a quotation ending in "?" or "!" and its speech tag ("“Why me?” | Trump said.").
 */
final class SentenceRepair {
    /** Abbreviations that stand before a name and so never end a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov",
            "govs", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "rev", "prof", "pres", "atty",
            "supt", "amb", "st", "ft", "mt", "no", "vs", "messrs", "hon", "gens");
    /** Month abbreviations, as news style writes them before a day ("Jan. 17", "Sept. 11"). */
    private static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec");
    private static final Pattern QUOTE_END = Pattern.compile("[?!,][\"”’']+\\s*$|[?!]''\\s*$");
    /** A short speech tag: up to six words, then a verb of saying. */
    private static final Pattern SPEECH_TAG = Pattern.compile(
            "^[^\\s\"“”]+(?:\\s+[^\\s\"“”]+){0,5}?\\s+(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted"
                    + "|continued|explained|insisted|recalled|replied|noted|declared|argued|warned|quipped|joked"
                    + "|shouted|yelled|exclaimed|wondered|demanded)\\b.*");

    private SentenceRepair() {}

    static opennlp.tools.util.Span[] merge(String line, opennlp.tools.util.Span[] spans) {
        if (spans.length < 2) {
            return spans;
        }
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        opennlp.tools.util.Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            opennlp.tools.util.Span next = spans[i];
            String before = line.substring(current.getStart(), current.getEnd());
            String after = line.substring(next.getStart(), next.getEnd());
            if (falseBreak(before, after)) {
                current = new opennlp.tools.util.Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.toArray(opennlp.tools.util.Span[]::new);
    }

    static boolean falseBreak(String before, String after) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(".")) {
            int start = trimmed.length() - 1;
            while (start > 0 && Character.isLetter(trimmed.charAt(start - 1))) {
                start--;
            }
            String word = trimmed.substring(start, trimmed.length() - 1);
            boolean boundary = start == 0 || !Character.isLetterOrDigit(trimmed.charAt(start - 1)) && trimmed.charAt(start - 1) != '.';
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (boundary && (TITLES.contains(word.toLowerCase(java.util.Locale.ROOT)) || initial)
                    && !after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                return true;
            }
            // "conducted Jan. | 17-23", "on Sept. | 11": a month abbreviation before its day number
            if (boundary && MONTHS.contains(word) && !after.isEmpty() && Character.isDigit(after.charAt(0))) {
                return true;
            }
        }
        // A new sentence does not start in lower case: the period closed an abbreviation
        // ("Jr. | said", "(R-Ky.) | said", "Mich., | said").
        String bare = trimmed.replaceFirst("[),]+$", "");
        if (bare.endsWith(".") && !after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
            return true;
        }
        if (QUOTE_END.matcher(trimmed).find()) {
            return !after.isEmpty() && Character.isLowerCase(after.charAt(0)) || SPEECH_TAG.matcher(after).matches();
        }
        return false;
    }
}
