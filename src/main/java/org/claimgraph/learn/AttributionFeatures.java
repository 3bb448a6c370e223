package org.claimgraph.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
import org.claimgraph.extract.Attribution;

/**
 * The context features a filter model sees for one attribution: what the rules decided (cue
 * lemma, direct or not, source kind) and the words around the cue and at the content's edges.
 * Bump {@link #VERSION} whenever a feature changes, so an older model is refused rather than
 * applied to features it was not trained on.
 */
public final class AttributionFeatures {
    public static final int VERSION = 1;

    private AttributionFeatures() {
    }

    public static String[] of(AnnotatedText doc, Attribution a) {
        String text = doc.text();
        Span cue = new Span(a.cue().get(0).begin(), a.cue().get(a.cue().size() - 1).end());
        Sentence s = sentenceOf(doc, cue.begin());
        int first = s == null ? -1 : s.tokenAtOrAfter(cue.begin());
        if (s != null && first >= s.size()) {
            first = -1;
        }
        String lemma = a.cueLemma();
        String source = a.source().isEmpty() ? "none"
                : a.speaker() == null ? "unresolved" : a.speaker().type().name();
        List<String> f = new ArrayList<>();
        f.add("lemma=" + lemma);
        f.add("direct=" + a.direct());
        f.add("source=" + source);
        f.add("lemma+source=" + lemma + "|" + source);
        f.add("lemma+direct=" + lemma + "|" + a.direct());
        f.add("cueWords=" + Math.min(4, words(cue.of(text))));
        f.add("contentPieces=" + Math.min(3, a.content().size()));
        Span content = new Span(a.content().get(0).begin(), a.content().get(a.content().size() - 1).end());
        f.add("contentWords=" + bucket(words(content.of(text))));
        f.add("contentAfterCue=" + (content.begin() >= cue.end()));
        String contentFirst = firstWord(content.of(text));
        f.add("contentFirst=" + contentFirst);
        f.add("lemma+contentFirst=" + lemma + "|" + contentFirst);
        f.add("sourceBeforeCue=" + (!a.source().isEmpty() && a.source().get(0).begin() < cue.begin()));
        if (!a.source().isEmpty()) {
            Span src = new Span(a.source().get(0).begin(), a.source().get(a.source().size() - 1).end());
            f.add("sourceWords=" + bucket(words(src.of(text))));
            String sourceFirst = firstWord(src.of(text));
            f.add("sourceFirst=" + sourceFirst);
        }
        f.add("confidence=" + Math.round(a.confidence() * 10));
        if (s != null && first >= 0) {
            Token cueToken = s.token(first);
            f.add("cueTag=" + cueToken.tag());
            f.add("cuePtb=" + cueToken.ptb());
            f.add("lemma+cuePtb=" + lemma + "|" + cueToken.ptb());
            String prev = first > 0 ? lower(s.token(first - 1)) : "<s>";
            f.add("prev=" + prev);
            f.add("lemma+prev=" + lemma + "|" + prev);
            int last = lastTokenBefore(s, cue.end());
            String next = last + 1 < s.size() ? lower(s.token(last + 1)) : "</s>";
            String nextTag = last + 1 < s.size() ? s.token(last + 1).tag() : "</s>";
            f.add("next=" + next);
            f.add("nextTag=" + nextTag);
            f.add("lemma+next=" + lemma + "|" + next);
            f.add("lemma+nextTag=" + lemma + "|" + nextTag);
            f.add("sentenceStart=" + (first == 0));
            f.add("firstSentence=" + (doc.sentences().get(0) == s));
        }
        return f.toArray(String[]::new);
    }

    private static Sentence sentenceOf(AnnotatedText doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int lastTokenBefore(Sentence s, int end) {
        int k = s.tokenAtOrAfter(end);
        return (k < 0 ? s.size() : k) - 1;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String firstWord(String s) {
        String t = s.strip().replaceFirst("^[\"“”'‘’(\\[]+", "");
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
            sp++;
        }
        String w = t.substring(0, sp).toLowerCase(Locale.ROOT).replaceAll("[,.;:!?\"”’]+$", "");
        // Open-class words would only memorise the training articles: keep their shape.
        return w.length() <= 5 || FUNCTION_START.contains(w) ? w : Character.isUpperCase(t.charAt(0)) ? "<Cap>" : "<word>";
    }

    private static final java.util.Set<String> FUNCTION_START = java.util.Set.of("that", "whether", "because",
            "although", "president", "however", "through", "without", "against", "between");

    private static int bucket(int n) {
        return n <= 2 ? n : n <= 5 ? 5 : n <= 10 ? 10 : n <= 20 ? 20 : 40;
    }
}
