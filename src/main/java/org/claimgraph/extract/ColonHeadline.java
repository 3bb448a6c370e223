package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/** A colon after a name in a headline ({@code Blinken: …}) or before it at the end. */
final class ColonHeadline {
    private ColonHeadline() {
    }

    /** Headline form "Name: content" or "content: Name". */
    static Candidate find(String text, Sentence s) {
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.token(i).text().equals(":")) {
                continue;
            }
            Span cue = s.token(i).span();
            int first = afterKicker(s, i);
            int longest = 4;
            if (first == 0 && !allCapitalised(s, 0, i)) {
                first = afterDashedTitle(s, i);
                longest = first > 0 ? 6 : 4; // two quoted authors: "Ann Berg and Tom Moe"
            }
            if (i - first <= longest + (addressed(s, first, i) ? 2 : 0) && allCapitalised(s, first, i) && wordsAfter(s, i + 1) >= 2) {
                Span source = tokens(s, first, i);
                Span content = withQuestionMark(text, trim(text, new Span(s.token(i + 1).begin(), turnEnd(text, s, first))));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
            int rest = s.size() - i - 1;
            if (rest <= 4 && allProper(s, i + 1, s.size())) {
                Span source = tokens(s, i + 1, s.size());
                Span content = trim(text, new Span(s.begin(), s.token(i).begin()));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
        }
        return null;
    }

    /**
     * Where a speaker's turn ends: a transcript line ("KIM: We tried. It failed.") opens its
     * paragraph and runs to the paragraph end over several sentences, unless the rest holds
     * another colon or a semicolon (a list of "Name: …" items in one paragraph).
     */
    private static int turnEnd(String text, Sentence s, int first) {
        int lineStart = text.lastIndexOf('\n', s.token(first).begin() - 1) + 1;
        if (!text.substring(lineStart, s.token(first).begin()).isBlank()) {
            return s.end();
        }
        int lineEnd = text.indexOf('\n', s.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String rest = text.substring(s.end(), lineEnd);
        return rest.indexOf(':') >= 0 || rest.indexOf(';') >= 0 ? s.end() : lineEnd;
    }

    /** A question keeps its mark: "Q: Why now?" reports the question, mark and all. */
    private static Span withQuestionMark(String text, Span content) {
        if (content == null) {
            return null;
        }
        int e = content.end();
        while (e < text.length() && text.charAt(e) == ' ') {
            e++;
        }
        return e < text.length() && text.charAt(e) == '?' ? new Span(content.begin(), e + 1) : content;
    }

    /**
     * The first token of the name: after a kicker such as "EXCLUSIVE –" at the sentence start,
     * else 0.
     */
    private static int afterKicker(Sentence s, int colon) {
        String first = s.token(0).text();
        if (colon > 2 && first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            String w = s.token(1).text();
            if (DASHES.contains(w)) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * The name after a dashed title that quotes someone: "TURNOUT WAS LOW - Ann Berg: “…”" or
     * "… -More from Berg: “…”". Only a quotation right after the colon counts, so that a
     * headline such as "Ferries - Route map: north" is not read as a statement.
     */
    private static int afterDashedTitle(Sentence s, int colon) {
        if (colon + 1 >= s.size() || !OPENING.contains(s.token(colon + 1).text())) {
            return 0;
        }
        for (int k = colon - 1; k >= 1 && k >= colon - 7; k--) {
            String w = s.token(k).text();
            if (DASHES.contains(w)) {
                int first = k + 1;
                if (first + 1 < colon && s.token(first).text().equals("More") && s.token(first + 1).text().equals("from")) {
                    first += 2;
                }
                return first < colon ? first : 0;
            }
        }
        return 0;
    }

    /** "Berg to Voters:", "Berg at Rally:", "Berg on Ferries:": the speaker, then whom or what about. */
    private static final Set<String> ADDRESSEE = Set.of("to", "at", "on");

    private static boolean addressed(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (ADDRESSEE.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The three dash tokens, hyphen, en and em dash; {@link DashSignature} reads them too. */
    static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> OPENING = Set.of("“", "\"", "‘", "'");

    /** Words with letters from {@code from} on: "Clinton: 547" is a tally, not a statement. */
    private static int wordsAfter(Sentence s, int from) {
        int n = 0;
        for (int k = from; k < s.size(); k++) {
            if (s.token(k).text().chars().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Picture credits and section labels, not speakers ("Image: AP", "Update: …"); also credit
     * lines ("Contributing: Ann Berg", "BYLINE: …"), teasers ("Revealed: …"), a "Question:" label
     * and classified notices, none of them a PolNeAR attribution on its training part (15 of 15).
     */
    private static final Set<String> LABELS = Set.of("image", "images", "photo", "photos", "picture", "video",
            "audio", "graphic", "chart", "map", "source", "sources", "credit", "update", "updated", "note",
            "correction", "related", "watch", "read", "listen", "live", "opinion", "analysis", "editorial",
            "breaking", "exclusive", "advertisement", "caption", "file", "answer", "contributing", "byline",
            "revealed", "question", "notice");

    /**
     * Capitalised words: headline and transcript speakers ("Sanders:", "KATE SMITH:", "Q:") are
     * often tagged as common nouns, so the tag is not asked for.
     */
    private static boolean allCapitalised(Sentence s, int from, int to) {
        if (to <= from || LABELS.contains(s.token(from).text().toLowerCase(Locale.ROOT))
                || LABELS.contains(s.token(to - 1).text().toLowerCase(Locale.ROOT))) { // "Editor's Note:"
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean name = Character.isUpperCase(t.text().charAt(0)) && (t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("VERB")
                            || t.ptb().startsWith("NNP")) // the UD tagger reads some surnames as adverbs
                    || k > from && (t.text().equals(".") || t.text().equals("'s") || t.text().equals("’s"))
                    || k > from && k < to - 1 && t.text().equals("and") // "Ann Berg and Tom Moe:"
                    || k > from && k < to - 1 && ADDRESSEE.contains(t.text().toLowerCase(Locale.ROOT)); // "Berg to Voters:"
            if (!name) {
                return false;
            }
        }
        return true;
    }
}
