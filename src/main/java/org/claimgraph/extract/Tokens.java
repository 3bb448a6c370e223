package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;


/** Small token and span helpers shared by the attribution patterns. */
final class Tokens {
    static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "morning", "evening",
            "afternoon", "night", "late", "early", "last", "week", "weekend", "month", "year", "earlier");
    static final Pattern TRAILING = Pattern.compile("[\\s.,;:!?—–-]+$");
    /** Personal pronouns in the subject case that stand for people: no "it" (a thing, or a dummy subject). */
    static final Set<String> PERSONAL_SUBJECTS = Set.of("i", "you", "he", "she", "we", "they");
    /** Personal pronouns in the object case that stand for people: no "it", no "you" (also a subject). */
    static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them", "me", "us");

    /** Possessive pronouns before a noun cue ("his warning", "in their view"). */
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my");

    private Tokens() {
    }

    static boolean allProper(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).is("PROPN")) {
                return false;
            }
        }
        return to > from;
    }

    static boolean allDateWords(Sentence s, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (!DATE_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT)) && !s.token(k).is("NUM")) {
                return false;
            }
        }
        return true;
    }

    static boolean isNominal(Token t) {
        return t.is("PROPN") || t.is("NOUN");
    }

    static boolean isWordy(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }

    /** A finite verb by its Penn tag: past, present or modal. */
    static boolean isFinite(Token t) {
        return FINITE.contains(t.ptb());
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    static boolean isPunct(Token t) {
        return t.is("PUNCT");
    }

    /**
     * "behind Sen. Lee", "Roe v. Wade": a full stop the tokenizer split from a short abbreviation
     * ("Sen", "Gov", "v") with a capitalised word right after it; it ends no phrase.
     */
    static boolean abbreviationDot(Sentence s, int k) {
        Token t = s.token(k);
        if (!t.text().equals(".") || k == 0 || k + 1 >= s.size()) {
            return false;
        }
        Token before = s.token(k - 1);
        String w = before.text();
        String next = s.token(k + 1).text();
        return before.end() == t.begin() && w.length() <= 4 && w.chars().allMatch(Character::isLetter)
                && (Character.isUpperCase(w.charAt(0)) || w.equals("v") || w.equals("vs"))
                && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    /** The first token of the sentence that is not punctuation (an opening quotation mark, a dash), or its size. */
    static int firstWord(Sentence s) {
        int first = 0;
        while (first < s.size() && isPunct(s.token(first))) {
            first++;
        }
        return first;
    }

    /** Relative pronouns that stand as the subject of their clause ("a tool that looks like …", "X, who voiced …"). */
    static final Set<String> SUBJECT_RELATIVES = Set.of("that", "which", "who");

    static Span tokens(Sentence s, int from, int to) {
        return new Span(s.token(from).begin(), s.token(to - 1).end());
    }

    static int words(Sentence s, int from) {
        int n = 0;
        for (int k = from; k < s.size(); k++) {
            if (isWordy(s.token(k))) {
                n++;
            }
        }
        return n;
    }

    /** Removes surrounding whitespace and trailing punctuation; null when nothing is left. */
    static Span trim(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) {
            b++;
        }
        String inner = text.substring(b, e);
        var m = TRAILING.matcher(inner);
        if (m.find()) {
            e = b + m.start();
        }
        return e - b < 2 ? null : new Span(b, e);
    }

    /** Prepositions whose object may be a gerund inside a noun phrase. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "on", "about", "for", "in", "with");
    /** Tokens after which a participle still modifies the noun ("the closed primary", "union-backed plans"). */
    private static final Set<String> MODIFIER_LINKS = Set.of("-", "'s", "’s");
    /** Marks inside a noun phrase that do not end it (a quoted word, a possessive, a hyphen). */
    private static final Set<String> INNER_MARKS = Set.of("\"", "“", "”", "'s", "’s", "-");

    /** The preposition's object ends before the next verb, clause punctuation or subordinator; a gerund may open it. */
    static int objectPhraseEnd(Sentence s, int from) {
        int k = from;
        while (k < s.size()) {
            Token t = s.token(k);
            // a participle inside the noun phrase ("the closed primary", "union-backed plans") does not end it
            // (also before a second modifier: "the closed/JJ primary/JJ system")
            boolean modifier = k > from && (s.token(k - 1).is("DET") || s.token(k - 1).is("ADJ")
                    || MODIFIER_LINKS.contains(s.token(k - 1).text())) && k + 1 < s.size()
                    && (s.token(k + 1).is("NOUN") || t.ptb().equals("JJ") && s.token(k + 1).is("ADJ")
                        && k + 2 < s.size() && s.token(k + 2).is("NOUN"));
            // a gerund as a preposition's object stays too ("focus on getting people …")
            boolean prepGerund = k > from && t.text().endsWith("ing") && OBJECT_PREPOSITIONS.contains(lower(s.token(k - 1)));
            boolean verb = (t.is("VERB") || t.is("AUX")) && !(k == from && t.text().endsWith("ing")) && !modifier && !prepGerund;
            boolean quoteMark = INNER_MARKS.contains(t.text());
            // "of" (and a preposition before a gerund) is no subordinator, whatever the tagger says
            boolean subordinator = t.is("SCONJ") && !lower(t).equals("of")
                    && !(OBJECT_PREPOSITIONS.contains(lower(t)) && k + 1 < s.size() && s.token(k + 1).text().endsWith("ing"));
            if (verb || isPunct(t) && !quoteMark && !listComma(s, k) && !abbreviationDot(s, k) || subordinator) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * A comma inside a list of noun phrases ("murder, theft and arson", "taxes, schools or
     * roads"): up to an "and"/"or" a few words on, only nouns, adjectives, determiners and
     * further commas, and a noun word after the "and"/"or".
     */
    private static boolean listComma(Sentence s, int k) {
        if (!s.token(k).text().equals(",")) {
            return false;
        }
        for (int w = k + 1; w < s.size() && w <= k + 8; w++) {
            Token t = s.token(w);
            String word = t.text().toLowerCase(Locale.ROOT);
            if ((word.equals("and") || word.equals("or")) && w > k + 1) {
                return w + 1 < s.size() && (s.token(w + 1).is("NOUN") || s.token(w + 1).is("PROPN")
                        || s.token(w + 1).is("ADJ") || s.token(w + 1).is("DET") || s.token(w + 1).ptb().equals("PRP$"));
            }
            boolean item = t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("DET") || t.is("NUM")
                    || word.equals(",") || t.ptb().equals("PRP$");
            if (!item) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> COMPLEMENT_ENDS = Set.of(";", "—", "–", "(");

    /** A that- or to-complement runs to the sentence end or to a semicolon, dash or parenthesis. */
    static int complementEnd(Sentence s, int from) {
        int k = from;
        while (k < s.size() && !(isPunct(s.token(k)) && COMPLEMENT_ENDS.contains(s.token(k).text()))) {
            k++;
        }
        return k;
    }

    /**
     * An attribution whose source is the clause subject, cue tokens [cueFrom, cueTo) and content
     * tokens [contentStart, contentEnd); null when the content is empty or only a date.
     */
    static Candidate subjectReport(String text, Sentence s, int[] subject, int cueFrom, int cueTo,
                                   int contentStart, int contentEnd, String cueLemma, double confidence) {
        if (allDateWords(s, new int[] {contentStart, contentEnd})) {
            return null;
        }
        Span content = contentSpan(text, s, contentStart, contentEnd);
        if (content == null) {
            return null;
        }
        Span source = tokens(s, subject[0], subject[1]);
        return new Candidate(List.of(source), source, List.of(tokens(s, cueFrom, cueTo)), List.of(content),
                cueLemma, false, confidence);
    }

    /** Tokens [contentStart, contentEnd) trimmed as a content; null when they hold no word. */
    static Span contentSpan(String text, Sentence s, int contentStart, int contentEnd) {
        if (contentEnd <= contentStart || words(s, contentStart) < 1) {
            return null;
        }
        return trim(text, tokens(s, contentStart, contentEnd));
    }

    /** The token's text in lower case, the form the word lists hold. */
    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * At least four words and at least {@code tenths}/10 of them capitalised, as in a headline.
     * The finder's tag repairs use a lower bar (7) than the cue patterns (8).
     */
    static boolean titleCase(Sentence s, int tenths) {
        int words = 0;
        int capitals = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 10 >= words * tenths;
    }
}
