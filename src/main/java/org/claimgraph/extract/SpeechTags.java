package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.isPunct;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Speech tags of quotations, used by {@link VerbalPattern}: verbs that report speech only as a bare
 * tag ("“…?” Hannity pressed."), the source of an inverted tag that the noun phrase rules miss
 * ("…," wrote another.), asides and addressees after a tag, and "read" with a written thing.
 */
final class SpeechTags {
    private SpeechTags() {
    }

    /**
     * Verbs that report speech only as the bare tag of a quotation ("“…?” Hannity pressed.",
     * "“…,” he went on.", "“…!” barked the coach", "“…,” the mayor began."); elsewhere they mostly
     * report no speech (or, for the aspect verbs "start"/"begin", only head a longer verb group).
     */
    static final Set<String> TAG_ONLY = Set.of("press", "go on", "bark", "snap", "boom", "beam", "gush", "marvel",
            "scoff", "react", "start", "begin", "cry", "sigh", "cut in", "break in");

    /** The particle a two-word speech-tag-only verb needs ("went on"). */
    private static final java.util.Map<String, String> TAG_ONLY_PARTICLES = java.util.Map.of("go", "on", "cut", "in",
            "break", "in");

    /**
     * Whether the cue is a bare speech tag: right after a closing quotation mark (inverted) or
     * after a short subject that follows one, and ending its clause.
     */
    static boolean bareSpeechTag(String text, Sentence s, int group, int cueEnd, boolean[] quoted) {
        boolean inverted = group > 0 && quoted[group - 1];
        if (cueEnd < s.size() && !quoted[cueEnd]) {
            Token next = s.token(cueEnd);
            // "“…,” Olsen barked and a guard …", "… snapped, and …", "… snapped, pointing at …":
            // a comma or conjunction leaves the verb without an object, so it still only tags the quotation
            boolean ends = next.text().equals(".") || next.text().equals(";") || next.text().equals(",")
                    || next.is("CCONJ") || particleEnds(s, cueEnd, quoted);
            boolean subject = inverted && (next.is("PROPN") || next.is("DET") || next.is("NOUN"));
            if (!ends && !subject) {
                return false;
            }
        }
        int k = group;
        while (k > 0 && group - k < 5 && !quoted[k - 1] && !isPunct(s.token(k - 1))) {
            k--;
        }
        if (k == 0) {
            // "“…?” Hannity pressed.": the splitter put the quotation in a sentence of its own
            String before = text.substring(0, s.token(0).begin()).stripTrailing();
            return group - k < 5 && !before.isEmpty() && "\"”'".indexOf(before.charAt(before.length() - 1)) >= 0;
        }
        return quoted[k - 1] && Token.CLOSING_QUOTES.contains(s.token(k - 1).text());
    }

    /** "“…!” the crowd cried out.": a bare "out" or "back" particle, then the clause ends. */
    private static boolean particleEnds(Sentence s, int at, boolean[] quoted) {
        String w = s.token(at).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("out") || w.equals("back")) || at + 1 >= s.size() || quoted[at + 1]) {
            return at + 1 == s.size() && (w.equals("out") || w.equals("back"));
        }
        String n = s.token(at + 1).text();
        return n.equals(".") || n.equals(",") || n.equals(";");
    }

    /**
     * "“…,” Olsen added to reporters.": "added to" right after a quotation and a short subject,
     * with only a noun phrase after "to", names the addressee of the remark, not a tally.
     */
    static boolean addresseeAfterTag(Sentence s, int group, int cueEnd, boolean[] quoted) {
        int k = group;
        while (k > 0 && group - k < 5 && !quoted[k - 1] && !isPunct(s.token(k - 1))) {
            k--;
        }
        if (k == 0 || k == group || !quoted[k - 1] || !Token.CLOSING_QUOTES.contains(s.token(k - 1).text())) {
            return false;
        }
        int np = cueEnd + 1;
        if (np >= s.size() || quoted[np] || !s.token(np).begins("NP")) {
            return false;
        }
        int end = s.chunkEnd(np);
        return end >= s.size() || isPunct(s.token(end));
    }

    /** The lemma of a speech-tag-only verb at {@code i} ("press", "go on"), or null. */
    static String tagOnlyLemma(Sentence s, int i, Lexicon lexicon) {
        Token t = s.token(i);
        if (!t.is("VERB")) {
            return null;
        }
        // "snapped" → "snapp" by the lemmatiser: the word's regular forms are tried against the tag verbs
        String lemma = Lexicon.knownLemma(lexicon.cueLemma(t.lemma(), t.text()), t.text(),
                w -> TAG_ONLY.contains(w) || TAG_ONLY_PARTICLES.containsKey(w));
        String particle = TAG_ONLY_PARTICLES.get(lemma);
        if (particle != null) {
            return i + 1 < s.size() && s.token(i + 1).text().equalsIgnoreCase(particle) ? lemma + " " + particle : null;
        }
        return TAG_ONLY.contains(lemma) ? lemma : null;
    }

    /** Nouns of written things whose wording "read" reports ("the sign read: …"). */
    private static final Set<String> DOCUMENTS = Set.of("it", "statement", "email", "e-mail", "letter", "sign",
            "signs", "editorial", "post", "tweet", "message", "release", "note", "headline", "caption", "ad",
            "banner", "placard", "text", "memo", "card", "invitation", "leaflet", "flyer", "poster", "slogan", "notice");

    /** Marks that open the quotation after "read" ("the sign read: …", "read, “…”"). */
    private static final Set<String> QUOTE_LEADS = Set.of(":", "\"", "``", "“", ",");

    /**
     * "…," the email read.  /  the sign read: "…": "read" reports a text's wording only with a
     * written thing as subject, next to the quotation; elsewhere it is reading.
     */
    static boolean documentReads(Sentence s, int group, int cueEnd) {
        if (group == 0) {
            return false;
        }
        if (Token.CLOSING_QUOTES.contains(s.token(group - 1).text())) {
            // "“…,” read the statement", "“…,” reads a Sunday editorial": the inverted tag
            if (cueEnd < s.size() && (s.token(cueEnd).text().equalsIgnoreCase("one")
                    || s.token(cueEnd).text().equalsIgnoreCase("another"))
                    && (cueEnd + 1 == s.size() || isPunct(s.token(cueEnd + 1)))) {
                return true; // "“…,” read one.": a sign or placard among several, standing alone
            }
            for (int k = cueEnd; k < s.size() && k < cueEnd + 5; k++) {
                Token t = s.token(k);
                if (DOCUMENTS.contains(t.text().toLowerCase(Locale.ROOT)) && !t.text().equals("it")) {
                    return true;
                }
                if (!(t.is("DET") || t.is("ADJ") || t.is("PROPN") || t.is("NOUN") || t.is("NUM"))) {
                    return false;
                }
            }
            return false;
        }
        if (!DOCUMENTS.contains(s.token(group - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int before = group - 1;
        if (before > 0 && s.token(before - 1).is("DET")) {
            before--;
        }
        boolean quoteBefore = before > 0 && Token.CLOSING_QUOTES.contains(s.token(before - 1).text());
        boolean quoteAfter = cueEnd < s.size() && QUOTE_LEADS.contains(s.token(cueEnd).text());
        return quoteBefore || quoteAfter;
    }

    /**
     * "“…?” Olsen remarked, alluding to the storm.", "“…?” he went on, as if he had not heard":
     * a comma right after the cue, before a participle or a scene clause, leaves the tag no
     * words of its own and the quotation before it is still its content.
     */
    static boolean asideAfterComma(Sentence s, int tail, boolean[] quoted) {
        if (tail + 1 >= s.size() || quoted[tail] || quoted[tail + 1] || !s.token(tail).text().equals(",")) {
            return false;
        }
        Token next = s.token(tail + 1);
        if (!next.ptb().equals("VBG") && !VerbalPattern.SCENE_OPENERS.contains(next.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "X cautioned, as did Y, that …": a "that" clause or a quotation after the aside is the
        // tag's own content, so the aside did not end the tag.
        for (int k = tail + 2; k < s.size(); k++) {
            if (quoted[k] || s.token(k).text().equalsIgnoreCase("that") && s.token(k - 1).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Words that stand alone for a person or people after an inverted speech tag ("…," wrote another.). */
    private static final Set<String> STANDALONE_SOURCES = Set.of("another", "one", "others", "both", "many", "some",
            "several", "most");

    /**
     * The source of an inverted speech tag that the noun phrase rules miss: a determiner or number
     * standing alone for a person ("tweeted another.", "said one, who …") or a noun chunk headed
     * by a capitalised word the tagger calls an adjective ("said one Republican involved in …",
     * "wrote a Democrat").
     */
    static int[] tagSource(Sentence s, int from, boolean[] quoted) {
        if (from >= s.size() || quoted[from]) {
            return null;
        }
        Token t = s.token(from);
        if (STANDALONE_SOURCES.contains(t.text().toLowerCase(Locale.ROOT)) && (t.is("DET") || t.is("NUM") || t.is("PRON")
                || t.is("ADJ")) && (from + 1 == s.size() || isPunct(s.token(from + 1)))) {
            return new int[] {from, from + 1};
        }
        if (!t.begins("NP")) {
            return null;
        }
        int end = s.chunkEnd(from);
        Token head = s.token(end - 1);
        boolean capitalisedAdjective = end - 1 > from && head.ptb().startsWith("JJ")
                && Character.isUpperCase(head.text().charAt(0)) && !quoted[end - 1]
                && (t.is("DET") || t.is("NUM"));
        if (!capitalisedAdjective) {
            return null;
        }
        if (end + 2 < s.size() && !quoted[end] && s.token(end).ptb().equals("VBN") && s.token(end + 1).is("ADP")
                && s.token(end + 2).begins("NP") && !quoted[end + 2]) {
            end = s.chunkEnd(end + 2); // "one Republican involved in the planning": the participle describes the source
        }
        return new int[] {from, end};
    }
}
